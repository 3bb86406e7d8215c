package dev.vizzor.market.security.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.market.domain.audit.Finding;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule on a small contract that has the flaw (found, on the line marked {@code // <-}) and on
 * the same contract with the flaw fixed (not found).
 */
class SourceChecksTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "reentrancy",
            """
            pragma solidity 0.4.24;
            contract Bank {
              mapping(address => uint) balances;
              function withdraw(uint amount) public {
                require(balances[msg.sender] >= amount);
                require(msg.sender.call.value(amount)()); // <-
                balances[msg.sender] -= amount;
              }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract Bank {
              mapping(address => uint) balances;
              function withdraw(uint amount) public {
                require(balances[msg.sender] >= amount);
                balances[msg.sender] -= amount;
                require(msg.sender.call.value(amount)());
              }
            }
            """),
        Arguments.of(
            "unchecked-low-level-call",
            """
            pragma solidity 0.4.24;
            contract Payer {
              function pay(address to, uint amount) public {
                to.send(amount); // <-
              }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract Payer {
              function pay(address to, uint amount) public {
                require(to.send(amount));
              }
            }
            """),
        Arguments.of(
            "tx-origin-authorisation",
            """
            pragma solidity 0.4.24;
            contract Wallet {
              address owner;
              function drain(address to) public {
                require(tx.origin == owner); // <-
                to.transfer(this.balance);
              }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract Wallet {
              address owner;
              function drain(address to) public {
                require(msg.sender == owner);
                to.transfer(this.balance);
              }
            }
            """),
        Arguments.of(
            "unprotected-selfdestruct",
            """
            pragma solidity 0.4.24;
            contract Killable {
              address owner;
              function kill() public {
                selfdestruct(msg.sender); // <-
              }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract Killable {
              address owner;
              function kill() public {
                require(msg.sender == owner);
                selfdestruct(msg.sender);
              }
            }
            """),
        Arguments.of(
            "unprotected-delegatecall",
            """
            pragma solidity 0.4.24;
            contract Proxy {
              function forward(address target, bytes data) public {
                require(target.delegatecall(data)); // <-
              }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract Proxy {
              address owner;
              modifier onlyOwner { require(msg.sender == owner); _; }
              function forward(address target, bytes data) public onlyOwner {
                require(target.delegatecall(data));
              }
            }
            """),
        Arguments.of(
            "unprotected-owner-setter",
            """
            pragma solidity 0.4.24;
            contract Owned {
              address owner;
              modifier onlyOwner { require(msg.sender == owner); _; }
              function setOwner(address next) public { // <-
                owner = next;
              }
              function withdraw() public onlyOwner { owner.transfer(this.balance); }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract Owned {
              address owner;
              modifier onlyOwner { require(msg.sender == owner); _; }
              function setOwner(address next) public onlyOwner {
                owner = next;
              }
              function withdraw() public onlyOwner { owner.transfer(this.balance); }
            }
            """),
        Arguments.of(
            "unchecked-arithmetic",
            """
            pragma solidity 0.4.24;
            contract Counter {
              uint total;
              function add(uint amount) public {
                total += amount; // <-
              }
            }
            """,
            """
            pragma solidity 0.8.20;
            contract Counter {
              uint total;
              function add(uint amount) public {
                total += amount;
              }
            }
            """),
        Arguments.of(
            "block-randomness",
            """
            pragma solidity 0.4.24;
            contract Dice {
              function roll() public view returns (uint) {
                return uint(keccak256(block.blockhash(block.number - 1))) % 6; // <-
              }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract Dice {
              function id(uint n) public view returns (bytes32) {
                return keccak256(n, block.number);
              }
            }
            """),
        Arguments.of(
            "timestamp-dependence",
            """
            pragma solidity 0.4.24;
            contract Sale {
              uint end;
              function open() public view returns (bool) {
                return now < end; // <-
              }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract Sale {
              uint endBlock;
              function open() public view returns (bool) {
                return block.number < endBlock;
              }
            }
            """),
        Arguments.of(
            "ether-push-in-loop",
            """
            pragma solidity 0.4.24;
            contract Payroll {
              address[] staff;
              function payAll() public {
                for (uint i = 0; i < staff.length; i++) {
                  staff[i].transfer(1 ether); // <-
                }
              }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract Payroll {
              mapping(address => uint) owed;
              function withdraw() public {
                uint amount = owed[msg.sender];
                owed[msg.sender] = 0;
                msg.sender.transfer(amount);
              }
            }
            """),
        Arguments.of(
            "refund-blocks-replacement",
            """
            pragma solidity 0.4.24;
            contract King {
              address king;
              uint prize;
              function claim() public payable {
                require(msg.value > prize);
                king.transfer(prize); // <-
                king = msg.sender;
                prize = msg.value;
              }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract King {
              address king;
              uint prize;
              mapping(address => uint) refunds;
              function claim() public payable {
                require(msg.value > prize);
                refunds[king] += prize;
                king = msg.sender;
                prize = msg.value;
              }
            }
            """),
        Arguments.of(
            "unbounded-storage-loop",
            """
            pragma solidity 0.4.24;
            contract Grow {
              uint[] items;
              function add(uint count) public {
                for (uint i = 0; i < count; i++) { // <-
                  items.push(i);
                }
              }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract Grow {
              uint[] items;
              function add(uint count) public {
                require(count <= 10);
                items.push(count);
              }
            }
            """),
        Arguments.of(
            "costly-array-reset",
            """
            pragma solidity 0.4.24;
            contract Queue {
              address[] waiting;
              function join() public { waiting.push(msg.sender); }
              function reset() public {
                waiting = new address[](0); // <-
              }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract Queue {
              address[] waiting;
              uint head;
              function join() public { waiting.push(msg.sender); }
              function reset() public {
                head = waiting.length;
              }
            }
            """),
        Arguments.of(
            "erc20-approve-race",
            """
            pragma solidity 0.4.24;
            contract Token {
              mapping(address => mapping(address => uint)) allowed;
              function approve(address spender, uint value) public returns (bool) {
                allowed[msg.sender][spender] = value; // <-
                return true;
              }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract Token {
              mapping(address => mapping(address => uint)) allowed;
              function approve(address spender, uint value) public returns (bool) {
                require(value == 0 || allowed[msg.sender][spender] == 0);
                allowed[msg.sender][spender] = value;
                return true;
              }
            }
            """),
        Arguments.of(
            "transaction-order-dependence",
            """
            pragma solidity 0.4.24;
            contract Puzzle {
              uint reward;
              function setReward() public payable { reward = msg.value; }
              function claim(uint answer) public {
                require(answer == 42);
                msg.sender.transfer(reward); // <-
              }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract Puzzle {
              uint constant REWARD = 1 ether;
              function claim(uint answer) public {
                require(answer == 42);
                msg.sender.transfer(REWARD);
              }
            }
            """),
        Arguments.of(
            "uninitialized-storage-pointer",
            """
            pragma solidity 0.4.24;
            contract Game {
              struct Bet { address player; uint number; }
              function play(uint number) public {
                Bet bet; // <-
                bet.player = msg.sender;
                bet.number = number;
              }
            }
            """,
            """
            pragma solidity 0.4.24;
            contract Game {
              struct Bet { address player; uint number; }
              function play(uint number) public {
                Bet memory bet;
                bet.player = msg.sender;
                bet.number = number;
              }
            }
            """),
        Arguments.of(
            "short-address",
            """
            pragma solidity 0.4.24;
            contract Coin {
              mapping(address => uint) balances;
              function send(address to, uint amount) public { // <-
                require(balances[msg.sender] >= amount);
                balances[msg.sender] -= amount;
                balances[to] += amount;
              }
            }
            """,
            """
            pragma solidity 0.5.0;
            contract Coin {
              mapping(address => uint) balances;
              function send(address to, uint amount) public {
                require(balances[msg.sender] >= amount);
                balances[msg.sender] -= amount;
                balances[to] += amount;
              }
            }
            """),
        Arguments.of(
            "compiler-pragma",
            """
            pragma solidity ^0.4.24; // <-
            contract A {}
            """,
            """
            pragma solidity 0.8.20;
            contract A {}
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsTheFlawOnItsLineAndNotOnceFixed(String rule, String vulnerable, String fixed) {
    int marked = markedLine(vulnerable);
    List<Finding> found = findings(rule, vulnerable);
    assertTrue(
        found.stream().anyMatch(f -> f.startLine() <= marked && marked <= f.endLine()),
        rule + " should be found on line " + marked + ", found " + found);
    assertEquals(List.of(), findings(rule, fixed), rule + " on the fixed contract");
  }

  private static List<Finding> findings(String rule, String content) {
    return new SourceAuditor()
        .audit(List.of(new SourceAuditor.Source("Case.sol", content))).findings().stream()
            .filter(f -> f.rule().equals(rule))
            .toList();
  }

  private static int markedLine(String content) {
    List<String> lines = content.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("// <-")) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no line marked");
  }
}
