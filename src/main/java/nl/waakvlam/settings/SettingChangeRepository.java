package nl.waakvlam.settings;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface SettingChangeRepository extends JpaRepository<SettingChange, Long> {

    @Query("select c from SettingChange c order by c.changedAt desc, c.id desc")
    List<SettingChange> latest(Pageable page);
}
