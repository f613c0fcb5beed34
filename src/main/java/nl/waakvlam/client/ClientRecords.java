package nl.waakvlam.client;

import nl.waakvlam.reference.LifeDomainView;
import nl.waakvlam.reference.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One record type of a client's data on request: {@code name} is the file name of its CSV (and
 * the key of its heading, {@code clientData.records.<name>}), {@code columns} the CSV header
 * (lower-case, stable, the key of a column's label {@code clientData.column.<column>}), and
 * {@code rows} the values: text, numbers, booleans, {@code LocalDate}, {@code Instant} or lists.
 * {@code valueLabels} names, per column, the message prefix that turns a stored code into words in
 * the PDF and the CSV (e.g. {@code outcome → contactOutcome.}); an empty prefix says the value may
 * itself be a message key (a phase change's reason: {@code referral.submitted} or a typed text).
 */
public record ClientRecords(String name, List<String> columns, List<List<Object>> rows,
                            Map<String, String> valueLabels) {

    public ClientRecords {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        valueLabels = Map.copyOf(valueLabels);
    }

    /**
     * The rows of one query, one record type; the column labels of the query are the columns.
     * Dates become {@code LocalDate}, instants {@code Instant}, arrays lists.
     */
    public static ClientRecords query(JdbcTemplate jdbc, String name, Map<String, String> valueLabels, String sql,
                                      Object... arguments) {
        List<String> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        jdbc.query(sql, (ResultSet rs) -> {
            ResultSetMetaData meta = rs.getMetaData();
            if (columns.isEmpty()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnLabel(i));
                }
            }
            List<Object> row = new ArrayList<>(meta.getColumnCount());
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.add(value(rs.getObject(i)));
            }
            rows.add(row);
        }, arguments);
        if (columns.isEmpty()) {
            // no rows: the header still comes from the query, so an empty CSV says what it would hold
            List<String> header = jdbc.query(sql + " limit 0", (ResultSet rs) -> {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> labels = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    labels.add(meta.getColumnLabel(i));
                }
                return labels;
            }, arguments);
            columns.addAll(header);
        }
        return new ClientRecords(name, columns, rows, valueLabels);
    }

    /** The same records with the values of one column replaced (ids by names, for example). */
    public ClientRecords mapColumn(String column, UnaryOperator<Object> mapping) {
        int index = columns.indexOf(column);
        if (index < 0) {
            return this;
        }
        List<List<Object>> mapped = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<Object> copy = new ArrayList<>(row);
            copy.set(index, mapping.apply(copy.get(index)));
            mapped.add(copy);
        }
        return new ClientRecords(name, columns, mapped, valueLabels);
    }

    /**
     * The same records with life-domain ids (one id or a list of ids) in {@code column} replaced by
     * the domains' Dutch names, so the client can read them; an unknown id stays a number.
     */
    public ClientRecords lifeDomainNames(String column, ReferenceData referenceData) {
        Map<Long, LifeDomainView> domains = referenceData.lifeDomainsById();
        UnaryOperator<Object> name = id -> id instanceof Number n && domains.containsKey(n.longValue())
                ? domains.get(n.longValue()).name(DUTCH) : id;
        return mapColumn(column, value -> value instanceof List<?> list
                ? list.stream().map(name).toList() : name.apply(value));
    }

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static Object value(Object raw) throws SQLException {
        if (raw instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (raw instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (raw instanceof Array array) {
            Object[] elements = (Object[]) array.getArray();
            return Arrays.asList(elements);
        }
        return raw;
    }
}
