package nl.waakvlam.dashboard;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The monitoring report for the steering group: the dashboard's figures for one period as a PDF,
 * aggregated only — no names of clients or coaches — and every count of clients below five shown
 * as "&lt; 5" so that small groups cannot be recognised.
 */
@Component
class MonitoringReport {

    private final ITemplateEngine templates;

    MonitoringReport(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** A client count as printed: "< 5" for 1–4, the number otherwise (0 stays 0). */
    static String suppressed(long clients) {
        return DashboardFigures.suppressed(clients);
    }

    byte[] render(DashboardFilter filter, DashboardFigures figures, Locale locale) {
        Context context = new Context(locale, Map.of("filter", filter, "f", figures, "report", this));
        String html = templates.process("dashboard/monitoring-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For the template: suppression of a client count. */
    public String cell(long clients) {
        return suppressed(clients);
    }
}
