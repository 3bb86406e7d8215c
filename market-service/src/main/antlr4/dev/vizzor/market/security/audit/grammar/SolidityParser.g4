/*
 * Solidity 0.4 to 0.8 (see SolidityLexer.g4). Inline assembly is kept as a balanced block of
 * tokens: the audit reads it as a whole (it is unchecked code), never statement by statement.
 */
parser grammar SolidityParser;

options { tokenVocab = SolidityLexer; }

sourceUnit
  : ( pragmaDirective
    | importDirective
    | contractDefinition
    | structDefinition
    | enumDefinition
    | eventDefinition
    | errorDefinition
    | userDefinedValueTypeDefinition
    | usingDirective
    | functionDefinition
    | constantDefinition
    )* EOF
  ;

pragmaDirective : PRAGMA PRAGMA_TOKEN* PRAGMA_SEMI ;

importDirective
  : IMPORT STRING_LITERAL (AS identifier)? SEMI
  | IMPORT (MUL | LBRACE importAlias (COMMA importAlias)* RBRACE) (AS identifier)? FROM STRING_LITERAL SEMI
  | IMPORT MUL AS identifier FROM STRING_LITERAL SEMI
  ;

importAlias : identifier (AS identifier)? ;

contractDefinition
  : ABSTRACT? (CONTRACT | INTERFACE | LIBRARY) identifier
    (IS inheritanceSpecifier (COMMA inheritanceSpecifier)*)?
    LBRACE contractPart* RBRACE
  ;

inheritanceSpecifier : userDefinedTypeName callArgumentList? ;

contractPart
  : stateVariableDeclaration
  | usingDirective
  | structDefinition
  | enumDefinition
  | eventDefinition
  | errorDefinition
  | userDefinedValueTypeDefinition
  | modifierDefinition
  | functionDefinition
  ;

stateVariableDeclaration
  : typeName stateVariableAttribute* identifier (ASSIGN expression)? SEMI
  ;

stateVariableAttribute : PUBLIC | PRIVATE | INTERNAL | CONSTANT | IMMUTABLE | overrideSpecifier ;

constantDefinition : typeName CONSTANT identifier ASSIGN expression SEMI ;

usingDirective
  : USING (userDefinedTypeName | LBRACE usingAlias (COMMA usingAlias)* RBRACE)
    FOR (MUL | typeName) GLOBAL? SEMI
  ;

usingAlias : userDefinedTypeName (AS userDefinableOperator)? ;

userDefinableOperator
  : BIT_AND | BIT_NOT | BIT_OR | ADD | DIV | MOD | MUL | SUB | BIT_XOR
  | EQUAL | GREATER_THAN | GREATER_THAN_OR_EQUAL | LESS_THAN | LESS_THAN_OR_EQUAL | NOT_EQUAL
  ;

structDefinition : STRUCT identifier LBRACE (structMember)* RBRACE ;

structMember : typeName identifier SEMI ;

enumDefinition : ENUM identifier LBRACE (identifier (COMMA identifier)*)? COMMA? RBRACE ;

eventDefinition
  : EVENT identifier LPAREN (eventParameter (COMMA eventParameter)*)? RPAREN ANONYMOUS? SEMI
  ;

eventParameter : typeName INDEXED? identifier? ;

errorDefinition : ERROR identifier parameterList SEMI ;

userDefinedValueTypeDefinition : TYPE identifier IS elementaryTypeName SEMI ;

modifierDefinition
  : MODIFIER identifier parameterList? (VIRTUAL | overrideSpecifier)* (block | SEMI)
  ;

functionDefinition
  : functionDescriptor parameterList functionAttribute* (RETURNS parameterList)? (block | SEMI)
  ;

functionDescriptor
  : FUNCTION (identifier | FALLBACK | RECEIVE)?
  | CONSTRUCTOR
  | FALLBACK
  | RECEIVE
  ;

functionAttribute
  : visibility
  | stateMutability
  | VIRTUAL
  | overrideSpecifier
  | modifierInvocation
  ;

modifierInvocation : userDefinedTypeName callArgumentList? ;

visibility : PUBLIC | PRIVATE | INTERNAL | EXTERNAL ;

stateMutability : PURE | VIEW | CONSTANT | PAYABLE ;

overrideSpecifier : OVERRIDE (LPAREN userDefinedTypeName (COMMA userDefinedTypeName)* RPAREN)? ;

parameterList : LPAREN (parameter (COMMA parameter)*)? RPAREN ;

parameter : typeName dataLocation? identifier? ;

typeName
  : elementaryTypeName
  | userDefinedTypeName
  | mappingType
  | functionTypeName
  | typeName LBRACK expression? RBRACK
  ;

elementaryTypeName
  : ADDRESS PAYABLE?
  | BOOL
  | STRING
  | VAR
  | INT
  | UINT
  | BYTE
  | BYTES
  | FIXED
  | UFIXED
  ;

userDefinedTypeName : identifier (DOT identifier)* ;

mappingType
  : MAPPING LPAREN typeName identifier? ARROW typeName identifier? RPAREN
  ;

functionTypeName
  : FUNCTION parameterList (visibility | stateMutability)* (RETURNS parameterList)?
  ;

dataLocation : MEMORY | STORAGE | CALLDATA ;

block : LBRACE statement* RBRACE ;

statement
  : block
  | UNCHECKED block
  | ifStatement
  | forStatement
  | whileStatement
  | doWhileStatement
  | tryStatement
  | inlineAssembly
  | CONTINUE SEMI
  | BREAK SEMI
  | RETURN expression? SEMI
  | THROW SEMI
  | EMIT expression SEMI
  | REVERT userDefinedTypeName callArgumentList SEMI
  | variableDeclarationStatement
  | expression SEMI
  ;

ifStatement : IF LPAREN expression RPAREN statement (ELSE statement)? ;

forStatement
  : FOR LPAREN (variableDeclarationStatement | expression SEMI | SEMI) expression? SEMI expression? RPAREN
    statement
  ;

whileStatement : WHILE LPAREN expression RPAREN statement ;

doWhileStatement : DO statement WHILE LPAREN expression RPAREN SEMI ;

tryStatement : TRY expression (RETURNS parameterList)? block catchClause+ ;

catchClause : CATCH (identifier? parameterList)? block ;

variableDeclarationStatement
  : ( variableDeclaration
    | LPAREN variableDeclaration? (COMMA variableDeclaration?)* RPAREN
    | VAR LPAREN identifier? (COMMA identifier?)* RPAREN
    ) (ASSIGN expression)? SEMI
  ;

variableDeclaration : typeName dataLocation? identifier ;

inlineAssembly : ASSEMBLY STRING_LITERAL? (LPAREN STRING_LITERAL (COMMA STRING_LITERAL)* RPAREN)? assemblyBlock ;

assemblyBlock : LBRACE (assemblyBlock | ~(LBRACE | RBRACE))* RBRACE ;

expression
  : expression (INC | DEC)                                                   # postfixExpression
  | expression LBRACK expression? RBRACK                                     # indexExpression
  | expression LBRACK expression? COLON expression? RBRACK                   # sliceExpression
  | expression DOT memberName                                                # memberExpression
  | expression LBRACE namedArgument (COMMA namedArgument)* RBRACE            # callOptionsExpression
  | expression callArgumentList                                              # callExpression
  | NEW typeName                                                             # newExpression
  | PAYABLE callArgumentList                                                 # payableExpression
  | TYPE LPAREN typeName RPAREN                                              # typeExpression
  | (INC | DEC) expression                                                   # prefixExpression
  | (NOT | BIT_NOT | SUB | ADD) expression                                   # unaryExpression
  | DELETE expression                                                        # deleteExpression
  | <assoc = right> expression EXP expression                                # binaryExpression
  | expression (MUL | DIV | MOD) expression                                  # binaryExpression
  | expression (ADD | SUB) expression                                        # binaryExpression
  | expression (SHL | SAR | SHR) expression                                  # binaryExpression
  | expression BIT_AND expression                                            # binaryExpression
  | expression BIT_XOR expression                                            # binaryExpression
  | expression BIT_OR expression                                             # binaryExpression
  | expression (LESS_THAN | GREATER_THAN | LESS_THAN_OR_EQUAL | GREATER_THAN_OR_EQUAL) expression # binaryExpression
  | expression (EQUAL | NOT_EQUAL) expression                                # binaryExpression
  | expression AND expression                                                # binaryExpression
  | expression OR expression                                                 # binaryExpression
  | <assoc = right> expression QUESTION expression COLON expression          # conditionalExpression
  | <assoc = right> expression assignmentOperator expression                 # assignmentExpression
  | LPAREN expression? (COMMA expression?)* RPAREN                           # tupleExpression
  | LBRACK expression (COMMA expression)* RBRACK                             # inlineArrayExpression
  | elementaryTypeName                                                       # elementaryTypeExpression
  | literal                                                                  # literalExpression
  | identifier                                                               # identifierExpression
  ;

assignmentOperator
  : ASSIGN | ASSIGN_OR | ASSIGN_XOR | ASSIGN_AND | ASSIGN_SHL | ASSIGN_SAR | ASSIGN_SHR
  | ASSIGN_ADD | ASSIGN_SUB | ASSIGN_MUL | ASSIGN_DIV | ASSIGN_MOD
  ;

memberName : identifier | ADDRESS | TYPE ;

callArgumentList
  : LPAREN (expression (COMMA expression)*)? RPAREN
  | LPAREN LBRACE (namedArgument (COMMA namedArgument)*)? COMMA? RBRACE RPAREN
  ;

namedArgument : identifier COLON expression ;

literal
  : (DECIMAL_NUMBER | HEX_NUMBER) NUMBER_UNIT?
  | TRUE
  | FALSE
  | STRING_LITERAL+
  | HEX_STRING+
  | UNICODE_STRING+
  ;

// Words later versions reserved that older contracts use as names.
identifier
  : IDENTIFIER
  | FROM
  | ERROR
  | REVERT
  | RECEIVE
  | FALLBACK
  | GLOBAL
  | CALLDATA
  | CONSTRUCTOR
  | EMIT
  | ABSTRACT
  | VIRTUAL
  | OVERRIDE
  | IMMUTABLE
  | UNCHECKED
  | TRY
  | CATCH
  ;
