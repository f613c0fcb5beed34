package nl.waakvlam.shared.web;

import org.springframework.modulith.NamedInterface;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a Thymeleaf template to a tagged, accessible PDF (PDF/UA): headings, paragraphs and
 * tables in the structure tree, title and language from the HTML, and DejaVu Sans embedded —
 * PDF/UA allows no font that is not embedded, so the PDF templates use this font only. Every
 * document gets the programme's name ({@code programme}) for its letterhead — asked of the {@link
 * Letterhead} for each document, so a changed name shows at once; the configured name where no module
 * provides one (a module test) — and the templates write dates with {@code #display} as the pages do.
 */
@Component
@NamedInterface("pdf")
public class PdfDocuments {

    /** The font family the PDF templates name; the TTF files are in {@code /fonts}. */
    public static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final ApplicationContext applicationContext;
    private final ObjectProvider<Letterhead> letterhead;
    private final String configuredName;

    PdfDocuments(ITemplateEngine templates, ApplicationContext applicationContext,
                 ObjectProvider<Letterhead> letterhead,
                 @Value("${waakvlam.programme-name:Waakvlam}") String configuredName) {
        this.templates = templates;
        this.applicationContext = applicationContext;
        this.letterhead = letterhead;
        this.configuredName = configuredName;
    }

    public String programmeName() {
        Letterhead provided = letterhead.getIfAvailable();
        return provided == null ? configuredName : provided.programmeName();
    }

    public byte[] render(String template, Locale locale, Map<String, Object> variables) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            render(template, locale, variables, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same, written to {@code out} (a ZIP entry, a response) instead of held as bytes; {@code out} stays open. */
    public void render(String template, Locale locale, Map<String, Object> variables, OutputStream out) {
        Context context = new Context(locale, variables);
        context.setVariable("programme", programmeName());
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, null));
        accessiblePdf(templates.process(template, context), out);
    }

    private static void accessiblePdf(String html, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FSSupplier<InputStream> font(String file) {
        return () -> PdfDocuments.class.getResourceAsStream("/fonts/" + file);
    }
}
