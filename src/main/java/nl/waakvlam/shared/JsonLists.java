package nl.waakvlam.shared;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a column that holds a JSON array (PostgreSQL's {@code json_agg(json_build_object(…))}) into a
 * list of records whose components are named like the objects' keys. Lets a module read several short
 * lists of one client in a single statement, one column per list.
 */
@Component
public class JsonLists {

    private final JsonMapper json;

    public JsonLists(JsonMapper json) {
        this.json = json;
    }

    public <T> List<T> read(ResultSet row, String column, Class<T> type) throws SQLException {
        return json.readValue(row.getString(column), json.getTypeFactory().constructCollectionType(List.class, type));
    }
}
