package nl.waakvlam.reference;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

import java.util.List;

/** The repository every reference list shares: all items in their order (active or not). */
@NoRepositoryBean
interface ListItemRepository<T extends ListItem> extends JpaRepository<T, Long> {

    List<T> findAllByOrderBySortOrderAscIdAsc();
}
