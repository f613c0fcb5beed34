package nl.waakvlam.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeSettingRepository extends JpaRepository<ProgrammeSetting, Integer> {
}
