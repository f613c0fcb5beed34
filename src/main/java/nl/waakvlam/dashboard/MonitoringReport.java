package nl.waakvlam.dashboard;

import nl.waakvlam.shared.web.PdfDocuments;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The monitoring report for the steering group: the dashboard's figures for one period as a PDF,
 * aggregated only — no names of clients or coaches — and every count of clients below five shown
 * as "&lt; 5" so that small groups cannot be recognised. A tagged, accessible PDF (PDF/UA) under the
 * programme's letterhead ({@link PdfDocuments}).
 */
@Component
class MonitoringReport {

    private final PdfDocuments pdfs;

    MonitoringReport(PdfDocuments pdfs) {
        this.pdfs = pdfs;
    }

    /** A client count as printed: "< 5" for 1–4, the number otherwise (0 stays 0). */
    static String suppressed(long clients) {
        return DashboardFigures.suppressed(clients);
    }

    byte[] render(DashboardFilter filter, DashboardFigures figures, List<String> scope, Locale locale) {
        return pdfs.render("dashboard/monitoring-pdf", locale, Map.of("filter", filter, "f", figures, "report", this,
                "scope", scope));
    }

    /** For the template: suppression of a client count. */
    public String cell(long clients) {
        return suppressed(clients);
    }
}
