package nl.waakvlam.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationType type;

    private String phone;
    private String email;
    private String address;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String name, OrganisationType type, String phone, String email, String address) {
        this.name = name;
        this.type = type;
        this.phone = phone;
        this.email = email;
        this.address = address;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    OrganisationType getType() {
        return type;
    }

    String getPhone() {
        return phone;
    }

    String getEmail() {
        return email;
    }

    String getAddress() {
        return address;
    }
}
