package nl.waakvlam.imports;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A committed import: who, when, how many clients and contacts, and which client went to which coach. */
@Entity
@Table(name = "import_run")
class ImportRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committed_by", nullable = false)
    private Long committedBy;

    @Column(name = "committed_at", nullable = false)
    private Instant committedAt;

    @Column(name = "clients_created", nullable = false)
    private int clientsCreated;

    @Column(name = "contacts_created", nullable = false)
    private int contactsCreated;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @ElementCollection
    @CollectionTable(name = "import_run_client", joinColumns = @JoinColumn(name = "run_id"))
    private List<Client> clients = new ArrayList<>();

    protected ImportRun() {
    }

    ImportRun(Long committedBy, Instant committedAt, List<Client> clients, int contactsCreated, long durationMs) {
        this.committedBy = committedBy;
        this.committedAt = committedAt;
        this.clients = new ArrayList<>(clients);
        this.clientsCreated = clients.size();
        this.contactsCreated = contactsCreated;
        this.durationMs = durationMs;
    }

    Long getId() {
        return id;
    }

    Long getCommittedBy() {
        return committedBy;
    }

    Instant getCommittedAt() {
        return committedAt;
    }

    int getClientsCreated() {
        return clientsCreated;
    }

    int getContactsCreated() {
        return contactsCreated;
    }

    long getDurationMs() {
        return durationMs;
    }

    List<Client> getClients() {
        return List.copyOf(clients);
    }

    /** A client the import created, with its primary coach. */
    @Embeddable
    static class Client {

        @Column(name = "client_id", nullable = false)
        private Long clientId;

        @Column(name = "coach_id", nullable = false)
        private Long coachId;

        protected Client() {
        }

        Client(Long clientId, Long coachId) {
            this.clientId = clientId;
            this.coachId = coachId;
        }

        Long clientId() {
            return clientId;
        }

        Long coachId() {
            return coachId;
        }
    }
}
