/*
 * Solidity 0.4 to 0.8, written for Vizzor's contract audit (docs/AUDIT.md). Keywords that later
 * versions added but older code uses as names (from, error, revert, receive, fallback, ...) are
 * tokens here and names again in the parser's `identifier` rule.
 */
lexer grammar SolidityLexer;

// A pragma's version expression (^0.4.24, >=0.5.0 <0.9.0) is not made of expression tokens.
PRAGMA : 'pragma' -> pushMode(PRAGMA_MODE) ;

ABSTRACT : 'abstract' ;
ADDRESS : 'address' ;
ANONYMOUS : 'anonymous' ;
AS : 'as' ;
ASSEMBLY : 'assembly' ;
BOOL : 'bool' ;
BREAK : 'break' ;
BYTE : 'byte' ;
CALLDATA : 'calldata' ;
CATCH : 'catch' ;
CONSTANT : 'constant' ;
CONSTRUCTOR : 'constructor' ;
CONTINUE : 'continue' ;
CONTRACT : 'contract' ;
DELETE : 'delete' ;
DO : 'do' ;
ELSE : 'else' ;
EMIT : 'emit' ;
ENUM : 'enum' ;
ERROR : 'error' ;
EVENT : 'event' ;
EXTERNAL : 'external' ;
FALLBACK : 'fallback' ;
FALSE : 'false' ;
FOR : 'for' ;
FROM : 'from' ;
FUNCTION : 'function' ;
GLOBAL : 'global' ;
IF : 'if' ;
IMMUTABLE : 'immutable' ;
IMPORT : 'import' ;
INDEXED : 'indexed' ;
INTERFACE : 'interface' ;
INTERNAL : 'internal' ;
IS : 'is' ;
LIBRARY : 'library' ;
MAPPING : 'mapping' ;
MEMORY : 'memory' ;
MODIFIER : 'modifier' ;
NEW : 'new' ;
OVERRIDE : 'override' ;
PAYABLE : 'payable' ;
PRIVATE : 'private' ;
PUBLIC : 'public' ;
PURE : 'pure' ;
RECEIVE : 'receive' ;
RETURN : 'return' ;
RETURNS : 'returns' ;
REVERT : 'revert' ;
STORAGE : 'storage' ;
STRING : 'string' ;
STRUCT : 'struct' ;
THROW : 'throw' ;
TRUE : 'true' ;
TRY : 'try' ;
TYPE : 'type' ;
UNCHECKED : 'unchecked' ;
USING : 'using' ;
VAR : 'var' ;
VIEW : 'view' ;
VIRTUAL : 'virtual' ;
WHILE : 'while' ;

NUMBER_UNIT
  : 'wei' | 'gwei' | 'szabo' | 'finney' | 'ether'
  | 'seconds' | 'minutes' | 'hours' | 'days' | 'weeks' | 'years'
  ;

// Sized and unsized value types: the size is part of the token (uint256, bytes32, fixed128x18).
INT : 'int' [0-9]* ;
UINT : 'uint' [0-9]* ;
BYTES : 'bytes' [0-9]* ;
FIXED : 'fixed' ([0-9]+ 'x' [0-9]+)? ;
UFIXED : 'ufixed' ([0-9]+ 'x' [0-9]+)? ;

HEX_STRING : 'hex' ('"' HexDigits? '"' | '\'' HexDigits? '\'') ;
UNICODE_STRING : 'unicode' ('"' DoubleQuotedChar* '"' | '\'' SingleQuotedChar* '\'') ;
STRING_LITERAL : '"' DoubleQuotedChar* '"' | '\'' SingleQuotedChar* '\'' ;

HEX_NUMBER : '0' [xX] HexDigits ;
DECIMAL_NUMBER
  : (DecimalDigits ('.' DecimalDigits?)? | '.' DecimalDigits) ([eE] '-'? DecimalDigits)?
  ;

IDENTIFIER : [a-zA-Z$_] [a-zA-Z0-9$_]* ;

LPAREN : '(' ;
RPAREN : ')' ;
LBRACE : '{' ;
RBRACE : '}' ;
LBRACK : '[' ;
RBRACK : ']' ;
SEMI : ';' ;
COMMA : ',' ;
DOT : '.' ;
ARROW : '=>' ;
RIGHT_ARROW : '->' ;
ASSEMBLY_ASSIGN : ':=' ;
COLON : ':' ;
QUESTION : '?' ;

ASSIGN : '=' ;
ASSIGN_OR : '|=' ;
ASSIGN_XOR : '^=' ;
ASSIGN_AND : '&=' ;
ASSIGN_SHL : '<<=' ;
ASSIGN_SAR : '>>=' ;
ASSIGN_SHR : '>>>=' ;
ASSIGN_ADD : '+=' ;
ASSIGN_SUB : '-=' ;
ASSIGN_MUL : '*=' ;
ASSIGN_DIV : '/=' ;
ASSIGN_MOD : '%=' ;

OR : '||' ;
AND : '&&' ;
BIT_OR : '|' ;
BIT_XOR : '^' ;
BIT_AND : '&' ;
SHL : '<<' ;
SAR : '>>' ;
SHR : '>>>' ;
EQUAL : '==' ;
NOT_EQUAL : '!=' ;
LESS_THAN : '<' ;
GREATER_THAN : '>' ;
LESS_THAN_OR_EQUAL : '<=' ;
GREATER_THAN_OR_EQUAL : '>=' ;
ADD : '+' ;
SUB : '-' ;
MUL : '*' ;
DIV : '/' ;
MOD : '%' ;
EXP : '**' ;
NOT : '!' ;
BIT_NOT : '~' ;
INC : '++' ;
DEC : '--' ;

WS : [ \t\r\n\u000C]+ -> skip ;
COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN) ;

fragment DecimalDigits : [0-9] ('_'? [0-9])* ;
fragment HexDigits : [0-9a-fA-F] ('_'? [0-9a-fA-F])* ;
fragment DoubleQuotedChar : ~["\r\n\\] | EscapeSequence ;
fragment SingleQuotedChar : ~['\r\n\\] | EscapeSequence ;
fragment EscapeSequence : '\\' (~[\r\n] | '\r'? '\n') ;

mode PRAGMA_MODE;
PRAGMA_SEMI : ';' -> popMode ;
PRAGMA_WS : [ \t\r\n\u000C]+ -> skip ;
PRAGMA_COMMENT : ('/*' .*? '*/' | '//' ~[\r\n]*) -> channel(HIDDEN) ;
PRAGMA_TOKEN : ~[; \t\r\n\u000C]+ ;
