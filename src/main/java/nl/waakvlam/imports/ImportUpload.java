package nl.waakvlam.imports;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * Uploaded files waiting for their import, with the tables and column mapping chosen so far. Kept in
 * the database rather than the HTTP session, so a step can be repeated or continued in another tab,
 * and deleted after the commit or after a day.
 */
@Entity
@Table(name = "import_upload")
class ImportUpload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "uploaded_by", nullable = false)
    private Long uploadedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "import_upload_file", joinColumns = @JoinColumn(name = "upload_id"))
    @OrderColumn(name = "position")
    private List<File> files = new ArrayList<>();

    @Column(name = "client_table")
    private String clientTable;

    @Column(name = "contact_table")
    private String contactTable;

    @Column(name = "client_columns")
    private String clientColumns;

    @Column(name = "contact_columns")
    private String contactColumns;

    /** Header rows chosen by hand: {@code tableId=rowNumber}, comma separated. */
    @Column(name = "header_rows")
    private String headerRows;

    /** The clients of a coach named in the file given to another: {@code fileCoachId>coachId}, comma separated. */
    @Column(name = "coach_moves")
    private String coachMoves;

    /** Columns that feed no field are kept as a remark with the coach. */
    @Column(name = "keep_unknown", nullable = false)
    private boolean keepUnknown;

    /** New contacts of clients Waakvlam already has are added; false: those clients' rows are skipped. */
    @Column(name = "existing_contacts", nullable = false)
    private boolean existingContacts = true;

    @Version
    private long version;

    protected ImportUpload() {
    }

    Map<String, Integer> headerRows() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String pair : headerRows == null ? new String[0] : headerRows.split(",")) {
            String[] parts = pair.split("=");
            if (parts.length == 2 && parts[1].matches("\\d{1,7}")) {
                rows.put(parts[0], Integer.valueOf(parts[1]));
            }
        }
        return rows;
    }

    /** The header row of a table chosen by hand; a mapping made for the old header row no longer fits. */
    void chooseHeaderRow(String tableId, Integer row) {
        Map<String, Integer> rows = headerRows();
        if (row == null) {
            rows.remove(tableId);
        } else {
            rows.put(tableId, row);
        }
        this.headerRows = rows.isEmpty() ? null : rows.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        this.clientColumns = null;
        this.contactColumns = null;
    }

    Map<Long, Long> coachMoves() {
        Map<Long, Long> moves = new LinkedHashMap<>();
        for (String pair : coachMoves == null ? new String[0] : coachMoves.split(",")) {
            String[] parts = pair.split(">");
            if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,18}")) {
                moves.put(Long.valueOf(parts[0]), Long.valueOf(parts[1]));
            }
        }
        return moves;
    }

    void moveCoaches(Map<Long, Long> moves) {
        this.coachMoves = moves.isEmpty() ? null : moves.entrySet().stream()
                .map(e -> e.getKey() + ">" + e.getValue()).collect(Collectors.joining(","));
    }

    boolean addsExistingContacts() {
        return existingContacts;
    }

    void addExistingContacts(boolean add) {
        this.existingContacts = add;
    }

    boolean keepsUnknown() {
        return keepUnknown;
    }

    void keepUnknown(boolean keep) {
        this.keepUnknown = keep;
    }

    ImportUpload(Long uploadedBy, List<File> files, Instant now) {
        this.uploadedBy = uploadedBy;
        this.files = new ArrayList<>(files);
        this.createdAt = now;
    }

    /** Keeps the tables and mapping chosen on the mapping page; the dry run reads them. */
    void map(String clientTableId, ColumnMapping clients, String contactTableId, ColumnMapping contacts) {
        this.clientTable = clientTableId;
        this.clientColumns = clients.encode();
        this.contactTable = contactTableId;
        this.contactColumns = contactTableId == null ? null : contacts.encode();
    }

    boolean isMapped() {
        return clientTable != null && clientColumns != null;
    }

    Long getId() {
        return id;
    }

    Long getUploadedBy() {
        return uploadedBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    List<File> getFiles() {
        return List.copyOf(files);
    }

    String getClientTable() {
        return clientTable;
    }

    String getContactTable() {
        return contactTable;
    }

    ColumnMapping clientMapping() {
        return ColumnMapping.decode(clientColumns);
    }

    ColumnMapping contactMapping() {
        return ColumnMapping.decode(contactColumns);
    }

    /** One uploaded file with its content and SHA-256. */
    @Embeddable
    static class File {

        @Column(name = "file_name", nullable = false)
        private String fileName;

        @Column(nullable = false)
        private String sha256;

        @Column(nullable = false)
        private byte[] content;

        protected File() {
        }

        File(String fileName, byte[] content) {
            this.fileName = fileName;
            this.content = content.clone();
            this.sha256 = ColumnMapping.sha256(content);
        }

        String fileName() {
            return fileName;
        }

        String sha256() {
            return sha256;
        }

        byte[] content() {
            return content;
        }
    }
}
