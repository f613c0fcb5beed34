package nl.waakvlam.measurement;

import nl.waakvlam.client.ClientDataExport;
import nl.waakvlam.client.ClientRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The measurements in the client's data on request: each instrument and moment, and the matrix scores. */
@Component
class MeasurementRecords implements ClientDataExport {

    private final JdbcTemplate jdbc;

    MeasurementRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClientRecords> records(Long clientId) {
        return List.of(
                ClientRecords.query(jdbc, "measurements", Map.of("moment", "measurementMoment."),
                        "select m.measured_on, i.name_nl as instrument, m.moment, r.name as round, m.score, "
                                + "l.label_nl as score_label, m.note, m.created_at from measurement m "
                                + "join instrument i on i.id = m.instrument_id "
                                + "left join monitoring_round r on r.id = m.round_id "
                                + "left join instrument_level l on l.instrument_id = m.instrument_id "
                                + "and l.score = m.score where m.client_id = ? order by m.measured_on, m.id", clientId),
                ClientRecords.query(jdbc, "measurement_scores", Map.of(),
                        "select m.measured_on, i.name_nl as instrument, d.name_nl as domain, s.score "
                                + "from measurement_score s join measurement m on m.id = s.measurement_id "
                                + "join instrument i on i.id = m.instrument_id "
                                + "join instrument_domain d on d.id = s.domain_id where m.client_id = ? "
                                + "order by m.measured_on, m.id, d.sort_order", clientId));
    }
}
