package nl.waakvlam.imports;

import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mapping step: which table holds the clients and which the contacts (empty: none), and per
 * {@link TargetField} (by name) the zero-based column that feeds it (empty: not used).
 */
class MappingForm {

    @Size(max = 20)
    private String clientTable;

    @Size(max = 20)
    private String contactTable;

    private Map<String, String> columns = new LinkedHashMap<>();

    /** Columns that feed no field are kept as a remark with the coach. */
    private boolean keepUnknown;

    static MappingForm of(ImportService.MappingPage page) {
        MappingForm form = new MappingForm();
        form.keepUnknown = page.keepUnknown();
        form.clientTable = page.clientTable().id();
        form.contactTable = page.contactTable() == null ? "" : page.contactTable().id();
        page.clientMapping().columns().forEach((field, column) -> form.columns.put(field.name(), column.toString()));
        page.contactMapping().columns().forEach((field, column) -> form.columns.put(field.name(), column.toString()));
        return form;
    }

    /** The column chosen for a field, as the form has it ("" when none). */
    public String column(TargetField field) {
        String value = columns.get(field.name());
        return value == null ? "" : value;
    }

    public boolean isKeepUnknown() {
        return keepUnknown;
    }

    public void setKeepUnknown(boolean keepUnknown) {
        this.keepUnknown = keepUnknown;
    }

    public String getClientTable() {
        return clientTable;
    }

    public void setClientTable(String clientTable) {
        this.clientTable = clientTable;
    }

    public String getContactTable() {
        return contactTable;
    }

    public void setContactTable(String contactTable) {
        this.contactTable = contactTable;
    }

    public Map<String, String> getColumns() {
        return columns;
    }

    public void setColumns(Map<String, String> columns) {
        this.columns = columns == null ? new LinkedHashMap<>() : columns;
    }
}
