package nl.waakvlam.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that no module's SQL or JPQL names another module's tables or entities.
 *
 * <p>Spring Modulith verifies the Java dependencies between modules, but SQL is only text to the
 * compiler: a module can read another module's table without importing a single type from it. This
 * checker closes that gap by reading the sources themselves. Every direct sub-package of
 * {@code nl.waakvlam} is a module. Each string in a module (literal, text block, or a {@code +}
 * concatenation of them) that looks like SQL or JPQL is scanned for the relations it names, and each
 * relation must be owned by that module, be another module's published view ({@code v_…}), or be a
 * system catalog. Anything else is a violation, including names nobody owns, so that a new table has
 * to be given an owner before it can be used.
 *
 * <p>JPQL names entities, not tables, so the checker also finds the {@code @Entity} classes: an
 * entity belongs to the module it is declared in, and so does the table of its {@code @Table}.
 *
 * <p>This is a lexical scan, not a SQL parser. It errs on the side of reporting: a statement it cannot
 * resolve shows up as an unknown relation rather than passing silently.
 */
final class SqlOwnershipChecker {

    private static final List<String> BASE_PACKAGE = List.of("nl", "waakvlam");

    /** Stands for a non-literal operand of a concatenation: a table name there is not ours to check. */
    private static final char HOLE = '\u0001';

    /**
     * What makes a string SQL or JPQL. Each form needs whitespace around its keywords, so message keys
     * ({@code select.coach}) and view names ({@code client/file}) never qualify.
     */
    private static final Pattern SQL_SHAPE = Pattern.compile(
            "\\bselect\\s.*?\\sfrom\\b|\\binsert\\s+into\\s|\\bupdate\\s+(\\S+\\s+){1,3}set\\s"
                    + "|\\bdelete\\s+from\\s|\\bjoin\\s",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** A {@code String.format}/{@code formatted} placeholder; what it is replaced with is not known here. */
    private static final Pattern FORMAT_SPECIFIER = Pattern.compile("%(\\d+\\$)?[a-zA-Z]");

    /** Java operators of two characters that must not be read as concatenation or a ternary colon. */
    private static final Set<String> TWO_CHAR_OPERATORS = Set.of("++", "+=", "::", "->");

    /** Java tokens that end an operand of {@code +}. */
    private static final Set<String> OPERAND_END = Set.of("+", ",", ";", ")", "]", "}", "?", ":");

    /** Functions whose argument syntax uses {@code from}, as in {@code extract(epoch from t)}. */
    private static final Set<String> FROM_SYNTAX_FUNCTIONS = Set.of("extract", "substring", "trim", "overlay");

    /** Words after which a comma no longer separates FROM items. */
    private static final Set<String> FROM_LIST_END = Set.of("select", "where", "group", "order", "having",
            "limit", "offset", "union", "intersect", "except", "window", "returning", "set", "values", "for");

    /** Words between {@code from}/{@code join} and the relation: {@code join lateral}, JPQL {@code join fetch}. */
    private static final Set<String> RELATION_PREFIXES = Set.of("lateral", "only", "fetch");

    /** {@code update} after these is not an UPDATE statement: {@code on conflict do update}, {@code for update}. */
    private static final Set<String> NOT_AN_UPDATE_STATEMENT = Set.of("do", "for", "key");

    private final Map<String, String> tableOwners;

    /**
     * @param ownership per module, the tables and views it owns
     * @throws IllegalArgumentException if two modules claim the same table
     */
    SqlOwnershipChecker(Map<String, Set<String>> ownership) {
        Map<String, String> owners = new HashMap<>();
        ownership.forEach((module, tables) -> tables.forEach(table -> {
            String previous = owners.put(table.toLowerCase(Locale.ROOT), module);
            if (previous != null) {
                throw new IllegalArgumentException(table + " is owned by both " + previous + " and " + module);
            }
        }));
        this.tableOwners = Map.copyOf(owners);
    }

    /** The violations in the sources under {@code sourceRoot} (a directory such as {@code src/main/java}). */
    List<Violation> check(Path sourceRoot) throws IOException {
        List<SourceFile> files = read(sourceRoot);
        List<Violation> violations = new ArrayList<>();
        Map<String, String> entityOwners = new HashMap<>();
        Map<String, String> owners = new HashMap<>(tableOwners);
        for (SourceFile file : files) {
            for (EntityMapping entity : entities(file.tokens())) {
                entityOwners.put(entity.name(), file.module());
                if (entity.table() != null) {
                    String owner = owners.putIfAbsent(entity.table(), file.module());
                    if (owner != null && !owner.equals(file.module())) {
                        violations.add(new Violation(file.module(), file.path(), entity.line(), entity.table(), owner,
                                Violation.MAPS_FOREIGN_TABLE));
                    }
                }
            }
        }
        for (SourceFile file : files) {
            for (Statement statement : statements(file.tokens())) {
                if (!statement.isSql()) {
                    continue;
                }
                for (Reference reference : relations(statement)) {
                    violation(file, reference, entityOwners, owners).ifPresent(violations::add);
                }
            }
        }
        violations.sort(Comparator.comparing(Violation::module).thenComparing(v -> v.file().toString())
                .thenComparingInt(Violation::line));
        return violations;
    }

    private static Optional<Violation> violation(SourceFile file, Reference reference,
                                                 Map<String, String> entityOwners, Map<String, String> owners) {
        String name = reference.name();
        String lowerCase = name.toLowerCase(Locale.ROOT);
        // Entity names are case-sensitive in JPQL; unquoted SQL identifiers fold to lower case in PostgreSQL.
        String owner = entityOwners.get(name);
        String kind = Violation.FOREIGN_ENTITY;
        if (owner == null) {
            owner = owners.get(lowerCase);
            kind = Violation.FOREIGN_TABLE;
        }
        if (owner == null) {
            return Optional.of(new Violation(file.module(), file.path(), reference.line(), name, null,
                    Violation.UNKNOWN_RELATION));
        }
        if (owner.equals(file.module()) || lowerCase.startsWith("v_")) {
            return Optional.empty();
        }
        return Optional.of(new Violation(file.module(), file.path(), reference.line(), name, owner, kind));
    }

    /**
     * One finding. {@code file} is relative to the {@code nl/waakvlam} directory, so it starts with the
     * module; {@code owner} is null for an unknown relation.
     */
    record Violation(String module, Path file, int line, String relation, String owner, String kind) {

        /** SQL names a table or view another module owns. */
        static final String FOREIGN_TABLE = "foreign table";
        /** JPQL names an entity declared in another module. */
        static final String FOREIGN_ENTITY = "foreign entity";
        /** No module owns the name: it must be added to the ownership map. */
        static final String UNKNOWN_RELATION = "unknown relation";
        /** An entity's {@code @Table} maps a table the ownership map gives to another module. */
        static final String MAPS_FOREIGN_TABLE = "maps foreign table";

        @Override
        public String toString() {
            String where = file.toString().replace('\\', '/') + ":" + line;
            return switch (kind) {
                case UNKNOWN_RELATION -> where + " names " + relation + " (unknown relation: give it an owner)";
                case MAPS_FOREIGN_TABLE -> where + " maps " + relation + " (owned by " + owner + ")";
                case FOREIGN_ENTITY -> where + " names entity " + relation + " (owned by " + owner + ")";
                default -> where + " names " + relation + " (owned by " + owner + ")";
            };
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Source files and their Java tokens

    private record SourceFile(String module, Path path, List<Token> tokens) {
    }

    private static List<SourceFile> read(Path sourceRoot) throws IOException {
        Path base = BASE_PACKAGE.stream().reduce(sourceRoot, Path::resolve, (a, b) -> b);
        List<SourceFile> files = new ArrayList<>();
        if (!Files.isDirectory(base)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(base)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Path relative = base.relativize(path);
                // files directly in nl.waakvlam (the application class) belong to no module
                if (relative.getNameCount() > 1) {
                    String source = Files.readString(path, StandardCharsets.UTF_8);
                    files.add(new SourceFile(relative.getName(0).toString(), relative, new JavaLexer(source).tokens()));
                }
            }
        }
        return files;
    }

    /**
     * A Java token. String literals and text blocks carry their unescaped text and, per character, the
     * source line it came from, so a relation in a multi-line statement is reported on its own line.
     */
    private record Token(String text, int line, int[] charLines) {

        boolean isString() {
            return charLines != null;
        }

        boolean is(String symbol) {
            return charLines == null && text.equals(symbol);
        }
    }

    /** Splits Java source into the tokens the checker needs; comments are dropped. */
    private static final class JavaLexer {

        private final String src;
        private final List<Token> tokens = new ArrayList<>();
        private int pos;
        private int line = 1;

        JavaLexer(String src) {
            this.src = src;
        }

        List<Token> tokens() {
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == '\n') {
                    line++;
                    pos++;
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else if (src.startsWith("//", pos)) {
                    int end = src.indexOf('\n', pos);
                    pos = end < 0 ? src.length() : end;
                } else if (src.startsWith("/*", pos)) {
                    int end = src.indexOf("*/", pos + 2);
                    skipTo(end < 0 ? src.length() : end + 2);
                } else if (src.startsWith("\"\"\"", pos)) {
                    textBlock();
                } else if (c == '"') {
                    stringLiteral();
                } else if (c == '\'') {
                    charLiteral();
                } else if (Character.isJavaIdentifierPart(c)) {
                    int start = pos;
                    while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) {
                        pos++;
                    }
                    add(src.substring(start, pos));
                } else {
                    String pair = pos + 1 < src.length() ? src.substring(pos, pos + 2) : "";
                    boolean twoChars = TWO_CHAR_OPERATORS.contains(pair);
                    add(twoChars ? pair : String.valueOf(c));
                    pos += twoChars ? 2 : 1;
                }
            }
            return tokens;
        }

        private void add(String text) {
            tokens.add(new Token(text, line, null));
        }

        private void skipTo(int end) {
            for (; pos < end; pos++) {
                if (src.charAt(pos) == '\n') {
                    line++;
                }
            }
        }

        private void stringLiteral() {
            int startLine = line;
            StringBuilder text = new StringBuilder();
            pos++;
            while (pos < src.length() && src.charAt(pos) != '"' && src.charAt(pos) != '\n') {
                text.append(nextChar());
            }
            pos++;
            tokens.add(new Token(text.toString(), startLine, filled(text.length(), startLine)));
        }

        private void textBlock() {
            int startLine = line;
            pos += 3;
            // the content starts on the line after the opening delimiter
            skipTo(src.indexOf('\n', pos) + 1);
            StringBuilder text = new StringBuilder();
            List<Integer> lines = new ArrayList<>();
            while (pos < src.length() && !src.startsWith("\"\"\"", pos)) {
                if (src.startsWith("\\\n", pos)) {
                    // line continuation: no character, but the next line's characters are on the next line
                    skipTo(pos + 2);
                    continue;
                }
                int charLine = line;
                char c = nextChar();
                text.append(c);
                lines.add(charLine);
                if (c == '\n') {
                    line++;
                }
            }
            pos += 3;
            tokens.add(new Token(text.toString(), startLine, lines.stream().mapToInt(Integer::intValue).toArray()));
        }

        private void charLiteral() {
            pos++;
            while (pos < src.length() && src.charAt(pos) != '\'') {
                nextChar();
            }
            pos++;
            add("'");
        }

        /** The next character of a literal, unescaped; only whether an escape is whitespace matters here. */
        private char nextChar() {
            char c = src.charAt(pos++);
            if (c != '\\' || pos >= src.length()) {
                return c;
            }
            char escaped = src.charAt(pos++);
            return "nrtsbf".indexOf(escaped) >= 0 ? ' ' : escaped;
        }

        private static int[] filled(int length, int value) {
            int[] lines = new int[length];
            Arrays.fill(lines, value);
            return lines;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Entities

    private record EntityMapping(String name, String table, int line) {
    }

    /**
     * The {@code @Entity} classes in a file: the entity name (the class name unless
     * {@code @Entity(name = …)} says otherwise) and the table of an {@code @Table(name = …)}.
     */
    private static List<EntityMapping> entities(List<Token> tokens) {
        List<EntityMapping> entities = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int end = annotationEnd(tokens, i, "Entity");
            if (end < 0) {
                continue;
            }
            String name = namedValue(tokens, end);
            String table = null;
            int tableLine = tokens.get(i).line();
            int j = end;
            while (j < tokens.size() && !tokens.get(j).is("class") && !tokens.get(j).is("record")) {
                int tableEnd = annotationEnd(tokens, j, "Table");
                String tableName = tableEnd < 0 ? null : namedValue(tokens, tableEnd);
                if (tableName != null) {
                    table = tableName.toLowerCase(Locale.ROOT);
                    tableLine = tokens.get(j).line();
                }
                j++;
            }
            if (j + 1 < tokens.size()) {
                entities.add(new EntityMapping(name != null ? name : tokens.get(j + 1).text(), table, tableLine));
            }
            i = j;
        }
        return entities;
    }

    /** If the annotation {@code @simpleName}, possibly qualified, starts at {@code i}: the index after its name. */
    private static int annotationEnd(List<Token> tokens, int i, String simpleName) {
        if (!tokens.get(i).is("@")) {
            return -1;
        }
        int j = i + 1;
        while (j + 2 < tokens.size() && tokens.get(j + 1).is(".")) {
            j += 2;
        }
        return j < tokens.size() && tokens.get(j).is(simpleName) ? j + 1 : -1;
    }

    /** The {@code name = "…"} element of the annotation whose arguments start at {@code i}, if any. */
    private static String namedValue(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).is("(")) {
            return null;
        }
        for (int j = i + 1; j + 2 < tokens.size() && !tokens.get(j).is(")"); j++) {
            if (tokens.get(j).is("name") && tokens.get(j + 1).is("=") && tokens.get(j + 2).isString()) {
                return tokens.get(j + 2).text();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // Statements: literals joined across +

    /** The text of one string expression, with {@link #HOLE} for each non-literal operand. */
    private record Statement(String text, int[] lines) {

        /** Looks like SQL or JPQL, and not like a sentence or log message that happens to use the words. */
        boolean isSql() {
            String trimmed = text.strip();
            boolean prose = trimmed.contains("{}") || trimmed.endsWith(".") || trimmed.endsWith("!");
            return !prose && SQL_SHAPE.matcher(text).find();
        }
    }

    /**
     * The string expressions in a file: each literal, joined with the literals it is concatenated to. A
     * statement is built in code as {@code "select … from x " + "where …"}, so only the joined text can
     * be read as SQL.
     */
    private static List<Statement> statements(List<Token> tokens) {
        List<Statement> statements = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isString() || consumed.contains(i)) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<Integer> lines = new ArrayList<>();
            if (i > 0 && tokens.get(i - 1).is("+")) {
                append(text, lines, HOLE, tokens.get(i).line());
            }
            int j = i;
            while (true) {
                Token operand = tokens.get(j);
                if (operand.isString()) {
                    consumed.add(j);
                    for (int k = 0; k < operand.text().length(); k++) {
                        append(text, lines, operand.text().charAt(k), operand.charLines()[k]);
                    }
                } else {
                    append(text, lines, HOLE, operand.line());
                }
                // a method call on the literal ("….formatted(x)") keeps its text; anything else is a hole
                j = operandEnd(tokens, j);
                if (j >= tokens.size() || !tokens.get(j).is("+") || j + 1 >= tokens.size()) {
                    break;
                }
                j++;
            }
            statements.add(new Statement(text.toString(), lines.stream().mapToInt(Integer::intValue).toArray()));
        }
        return statements;
    }

    private static void append(StringBuilder text, List<Integer> lines, char c, int line) {
        text.append(c);
        lines.add(line);
    }

    /** The index just after the operand of {@code +} that starts at {@code i}. */
    private static int operandEnd(List<Token> tokens, int i) {
        int depth = 0;
        int j = i;
        for (; j < tokens.size(); j++) {
            Token token = tokens.get(j);
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (depth > 0 && (token.is(")") || token.is("]") || token.is("}"))) {
                depth--;
            } else if (depth == 0 && j > i && !token.isString() && OPERAND_END.contains(token.text())) {
                break;
            }
        }
        return j;
    }

    // ---------------------------------------------------------------------------------------------
    // Relations named by a statement

    private record Reference(String name, int line) {
    }

    /** A SQL token: a word (identifier, possibly qualified), a parenthesis, a comma, a hole, or other. */
    private record SqlToken(String text, int line, boolean word) {

        String lowerCase() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean is(String symbol) {
            return !word && text.equals(symbol);
        }
    }

    /** One parenthesis level of a statement. */
    private static final class Frame {

        /** Inside {@code extract(…)} and friends, {@code from} is argument syntax. */
        final boolean functionArguments;
        /** Between {@code from} and the end of the FROM clause, where a comma starts another relation. */
        boolean fromList;

        Frame(boolean functionArguments) {
            this.functionArguments = functionArguments;
        }
    }

    /**
     * The relations a statement names after {@code from}, {@code join}, {@code into}, {@code update},
     * {@code using} and the commas of a FROM list, minus what is not a stored relation: subqueries,
     * set-returning functions, CTEs, JPQL path joins, system catalogs and dynamic parts.
     */
    private static List<Reference> relations(Statement statement) {
        List<SqlToken> tokens = sqlTokens(statement);
        Set<String> ctes = cteNames(tokens);
        List<Reference> references = new ArrayList<>();
        Deque<Frame> frames = new ArrayDeque<>();
        frames.push(new Frame(false));
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            String previous = i > 0 ? tokens.get(i - 1).lowerCase() : "";
            Frame frame = frames.peek();
            // brackets too: the commas of array[a, b] do not separate FROM items
            if (token.is("(") || token.is("[")) {
                frames.push(new Frame(FROM_SYNTAX_FUNCTIONS.contains(previous)));
            } else if (token.is(")") || token.is("]")) {
                if (frames.size() > 1) {
                    frames.pop();
                }
            } else if (token.is(",")) {
                if (frame.fromList) {
                    relationAt(tokens, i + 1, true, ctes, references);
                }
            } else if (token.word()) {
                switch (token.lowerCase()) {
                    case "from" -> {
                        // "a is distinct from b" compares values
                        if (!frame.functionArguments && !previous.equals("distinct")) {
                            frame.fromList = true;
                            relationAt(tokens, i + 1, true, ctes, references);
                        }
                    }
                    case "join", "using" -> relationAt(tokens, i + 1, true, ctes, references);
                    // "insert into x (a, b)": the parenthesis is a column list, not a function call
                    case "into" -> relationAt(tokens, i + 1, false, ctes, references);
                    case "update" -> {
                        if (!NOT_AN_UPDATE_STATEMENT.contains(previous)) {
                            relationAt(tokens, i + 1, false, ctes, references);
                        }
                    }
                    default -> {
                        if (FROM_LIST_END.contains(token.lowerCase())) {
                            frame.fromList = false;
                        }
                    }
                }
            }
        }
        return references;
    }

    /** Records the relation named at {@code i}, if a stored relation is named there. */
    private static void relationAt(List<SqlToken> tokens, int i, boolean functionAllowed, Set<String> ctes,
                                   List<Reference> references) {
        int j = i;
        while (j < tokens.size() && tokens.get(j).word() && RELATION_PREFIXES.contains(tokens.get(j).lowerCase())) {
            j++;
        }
        // not a word: a subquery, a dynamic part, or a parameter
        if (j >= tokens.size() || !tokens.get(j).word()) {
            return;
        }
        if (functionAllowed && j + 1 < tokens.size() && tokens.get(j + 1).is("(")) {
            return; // generate_series(…), unnest(…)
        }
        String name = tokens.get(j).text();
        if (name.toLowerCase(Locale.ROOT).startsWith("public.")) {
            name = name.substring("public.".length());
        }
        String lowerCase = name.toLowerCase(Locale.ROOT);
        // Still qualified: a JPQL path join (c.assignments) or a system schema (pg_catalog.x,
        // information_schema.x). PostgreSQL reserves the pg_ prefix for its catalogs (pg_database).
        if (name.contains(".") || lowerCase.startsWith("pg_") || ctes.contains(lowerCase)) {
            return;
        }
        references.add(new Reference(name, tokens.get(j).line()));
    }

    /**
     * The names a statement defines in its WITH clause: {@code name as (} or
     * {@code name (columns) as (}, optionally {@code [not] materialized}.
     */
    private static Set<String> cteNames(List<SqlToken> tokens) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).word()) {
                continue;
            }
            int j = i + 1;
            if (tokens.get(j).is("(")) {
                j = closingParenthesis(tokens, j) + 1;
            }
            if (j + 1 < tokens.size() && tokens.get(j).word() && tokens.get(j).lowerCase().equals("as")) {
                SqlToken next = tokens.get(j + 1);
                if (next.is("(") || Set.of("materialized", "not").contains(next.lowerCase())) {
                    names.add(tokens.get(i).lowerCase());
                }
            }
        }
        return names;
    }

    private static int closingParenthesis(List<SqlToken> tokens, int open) {
        int depth = 0;
        for (int j = open; j < tokens.size(); j++) {
            if (tokens.get(j).is("(")) {
                depth++;
            } else if (tokens.get(j).is(")") && --depth == 0) {
                return j;
            }
        }
        return tokens.size();
    }

    /** Splits a statement into SQL tokens, dropping comments and reducing literals and parameters to "other". */
    private static List<SqlToken> sqlTokens(Statement statement) {
        String text = statement.text();
        int[] lines = statement.lines();
        List<SqlToken> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            String token;
            boolean word = false;
            int specifierEnd = c == '%' ? formatSpecifierEnd(text, i) : -1;
            if (c == HOLE) {
                token = String.valueOf(HOLE);
                i++;
            } else if (text.startsWith("--", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
                continue;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
                continue;
            } else if (c == '\'') {
                // a string literal; '' is an escaped quote, which reads as two adjacent literals here
                int end = text.indexOf('\'', i + 1);
                i = end < 0 ? text.length() : end + 1;
                token = "'";
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                end = end < 0 ? text.length() : end;
                token = text.substring(i + 1, end);
                word = true;
                i = Math.min(end + 1, text.length());
            } else if (c == ':' && i + 1 < text.length() && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
                // a named parameter such as :from must not read as the keyword
                i++;
                while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                token = ":";
            } else if (specifierEnd > 0) {
                i = specifierEnd;
                token = String.valueOf(HOLE);
            } else if (Character.isLetter(c) || c == '_') {
                i = wordEnd(text, i);
                token = text.substring(start, i);
                word = true;
            } else {
                i++;
                token = String.valueOf(c);
            }
            tokens.add(new SqlToken(token, lines[start], word));
        }
        return tokens;
    }

    /** The end of the format specifier ({@code %s}, {@code %1$d}) at {@code i}, or -1 if there is none. */
    private static int formatSpecifierEnd(String text, int i) {
        Matcher specifier = FORMAT_SPECIFIER.matcher(text).region(i, text.length());
        return specifier.lookingAt() ? specifier.end() : -1;
    }

    /** The end of an identifier, including qualifiers: {@code c.id}, {@code pg_catalog.pg_class}, {@code c.*}. */
    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                i++;
            } else if (c == '.' && i + 1 < text.length() && qualifierContinues(text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean qualifierContinues(char c) {
        return Character.isLetter(c) || c == '_' || c == '*';
    }
}
