package nl.waakvlam.browser;

import com.microsoft.playwright.Page;
import nl.waakvlam.support.Browser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accessibility check the journeys rely on still finds what it must: serious and critical
 * violations fail, a clean page passes, also inside a form further down a page.
 */
class AccessibilityCheckIT {

    @Test
    void seriousAndCriticalViolationsFailAndACleanPagePasses() {
        try (Browser browser = new Browser()) {
            Page page = browser.phone();
            page.setContent("""
                    <!doctype html><html lang="nl"><head><title>Controle</title></head><body><main>
                    <h1>Controle</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                    <form><input type="text" name="naam"><button type="submit"></button></form>
                    </main></body></html>""");
            assertThatThrownBy(() -> Browser.assertAccessible(page))
                    .hasMessageContaining("image-alt (critical)")
                    .hasMessageContaining("label (critical)")
                    .hasMessageContaining("button-name (critical)");

            page.setContent("""
                    <!doctype html><html lang="nl"><head><title>Controle</title></head><body><main>
                    <h1>Controle</h1><img alt="Waakvlam" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                    <form><label for="naam">Naam</label><input id="naam" type="text" name="naam">
                    <button type="submit">Opslaan</button></form>
                    </main></body></html>""");
            assertThatCode(() -> Browser.assertAccessible(page)).doesNotThrowAnyException();
        }
    }
}
