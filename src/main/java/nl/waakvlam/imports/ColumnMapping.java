package nl.waakvlam.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which column (zero-based) of a table feeds which {@link TargetField}. Stored as text
 * ({@code NAME=1;DATE_OF_BIRTH=2}) on the upload and, per set of column headers, as the mapping
 * remembered for the next file.
 */
record ColumnMapping(Map<TargetField, Integer> columns) {

    static final ColumnMapping NONE = new ColumnMapping(Map.of());

    ColumnMapping {
        columns = columns.isEmpty() ? Map.of() : new EnumMap<>(columns);
    }

    Integer column(TargetField field) {
        return columns.get(field);
    }

    boolean has(TargetField field) {
        return columns.containsKey(field);
    }

    String encode() {
        return columns.entrySet().stream().map(entry -> entry.getKey().name() + "=" + entry.getValue())
                .collect(Collectors.joining(";"));
    }

    /** The stored text back as a mapping; anything it does not recognise is left out. */
    static ColumnMapping decode(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<TargetField, Integer> columns = new EnumMap<>(TargetField.class);
        for (String part : text.split(";")) {
            String[] pair = part.split("=", 2);
            try {
                columns.put(TargetField.valueOf(pair[0]), Integer.valueOf(pair[1]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ignored) {
                // a field that no longer exists
            }
        }
        return new ColumnMapping(columns);
    }

    /** Only the links that point at a column the table has, for fields of this kind. */
    ColumnMapping fittedTo(SheetTable table, TargetField.Kind kind) {
        Map<TargetField, Integer> fitted = new EnumMap<>(TargetField.class);
        columns.forEach((field, column) -> {
            if (field.kind() == kind && column >= 0 && column < table.headers().size()) {
                fitted.put(field, column);
            }
        });
        return new ColumnMapping(fitted);
    }

    /** A first mapping by the column headers: exact names first, then names that start like a field's. */
    static ColumnMapping guess(SheetTable table, TargetField.Kind kind) {
        Map<TargetField, Integer> columns = new EnumMap<>(TargetField.class);
        Set<Integer> used = new HashSet<>();
        for (int likeness = 0; likeness <= 1; likeness++) {
            for (TargetField field : TargetField.of(kind)) {
                if (columns.containsKey(field)) {
                    continue;
                }
                for (int c = 0; c < table.headers().size(); c++) {
                    if (!used.contains(c) && field.likeness(table.headers().get(c)) == likeness) {
                        columns.put(field, c);
                        used.add(c);
                        break;
                    }
                }
            }
        }
        return new ColumnMapping(columns);
    }

    /** The key under which a mapping is remembered: the table's headers, normalised, as a SHA-256. */
    static String headerKey(List<String> headers) {
        String joined = headers.stream().map(TargetField::normalise).collect(Collectors.joining("\u001f"));
        return sha256(joined.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
