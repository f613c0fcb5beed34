package nl.waakvlam.measurement;

import nl.waakvlam.measurement.InstrumentCatalogue.Domain;
import nl.waakvlam.measurement.InstrumentCatalogue.InstrumentView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the measurement section of the client file shows. */
public final class MeasurementViews {

    private MeasurementViews() {
    }

    /** One recorded measurement. {@code domainScores} is empty unless the instrument is a matrix. */
    public record Point(Long id, Long instrumentId, MeasurementMoment moment, String roundName, LocalDate on,
                        Integer score, Map<Long, Integer> domainScores, String note) {
    }

    /** One date on which one or more 1–10 scales were measured; a value is null when not asked then. */
    public record ScaleRow(LocalDate on, List<Integer> values) {
    }

    /** The participation ladder over time, shown lying flat: where the client was first and is now. */
    public record Ladder(InstrumentView instrument, List<Point> points) {

        public Integer first() {
            return points.isEmpty() ? null : points.get(0).score();
        }

        public Integer latest() {
            return points.isEmpty() ? null : points.get(points.size() - 1).score();
        }
    }

    /** The matrix: the latest measurements as columns (oldest first), a row per domain. */
    public record Matrix(InstrumentView instrument, List<Point> columns, List<MatrixRow> rows) {
    }

    /** One domain of the matrix: a score per column (null = not discussed) and the change first → latest. */
    public record MatrixRow(Domain domain, List<Integer> scores, Integer change) {
    }

    /** A note written next to a measurement. */
    public record NoteRow(LocalDate on, String instrument, String note) {
    }

    /** The section: history of every instrument that has measurements, and whether this viewer may record. */
    public record Section(Long clientId, boolean canRecord, InstrumentView matrixToFill, List<InstrumentView> scales,
                          List<ScaleRow> scaleRows, Ladder ladder, Matrix matrix, List<NoteRow> notes, int count) {

        public boolean empty() {
            return count == 0;
        }
    }
}
