package nl.waakvlam.benchmark.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Cat, dog, lizard… */
@Entity
@Table(name = "types")
public class PetType {

    @Id
    private Integer id;
    private String name;

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
