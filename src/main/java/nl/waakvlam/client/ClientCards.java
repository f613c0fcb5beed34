package nl.waakvlam.client;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads {@link ClientCard}s for a specification (always one that starts from
 * {@link ClientVisibility}), sorted by name: all of them, or one page plus its count as exactly
 * two statements.
 */
@Component
class ClientCards {

    private final EntityManager entityManager;

    ClientCards(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<ClientCard> all(Specification<Client> spec) {
        return query(spec).getResultList();
    }

    Page<ClientCard> page(Specification<Client> spec, Pageable pageable) {
        // page numbers are held to what an int offset can address (PageNumberAdvice)
        List<ClientCard> content = query(spec).setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize()).getResultList();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Client> root = count.from(Client.class);
        count.select(cb.count(root)).where(spec.toPredicate(root, count, cb));
        return new PageImpl<>(content, pageable, entityManager.createQuery(count).getSingleResult());
    }

    /** One page of cards already read in full, in the same order as {@link #page}. */
    static Page<ClientCard> pageOf(List<ClientCard> all, Pageable pageable) {
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = (int) Math.min((long) from + pageable.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    private TypedQuery<ClientCard> query(Specification<Client> spec) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<ClientCard> query = cb.createQuery(ClientCard.class);
        Root<Client> c = query.from(Client.class);
        query.select(cb.construct(ClientCard.class, c.get("id"), c.get("firstName"), c.get("lastName"),
                        c.get("dateOfBirth"), c.get("phase"), c.get("phaseSince"), c.get("trackId"),
                        c.get("intakeCategory"), c.get("referringOrganisationId"), c.get("coachId"),
                        c.get("coverCoachId"), c.get("referrerId"), c.get("rhythmDays"), c.get("startedOn")))
                .where(spec.toPredicate(c, query, cb))
                .orderBy(byName(cb, c));
        return entityManager.createQuery(query);
    }

    private static List<Order> byName(CriteriaBuilder cb, Root<Client> c) {
        return List.of(cb.asc(c.get("lastName")), cb.asc(c.get("firstName")), cb.asc(c.get("id")));
    }
}
