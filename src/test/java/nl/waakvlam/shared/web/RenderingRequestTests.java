package nl.waakvlam.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

class RenderingRequestTests {

    @Test
    void readsWhatTheRequestCarriedAndKeepsItsOwnWritesToItself() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute("_csrf", "token");
        request.setAttribute("flash", "saved");
        RenderingRequest rendering = new RenderingRequest(request);

        rendering.setAttribute("item", "contact 1");
        rendering.setAttribute("_csrf", "shadowed");
        rendering.removeAttribute("flash");

        assertThat(rendering.getAttribute("item")).isEqualTo("contact 1");
        assertThat(rendering.getAttribute("_csrf")).isEqualTo("shadowed");
        assertThat(rendering.getAttribute("flash")).isNull();
        assertThat(Collections.list(rendering.getAttributeNames())).containsExactlyInAnyOrder("_csrf", "item");
        // the real request is never changed underneath the filters
        assertThat(request.getAttribute("item")).isNull();
        assertThat(request.getAttribute("_csrf")).isEqualTo("token");
        assertThat(request.getAttribute("flash")).isEqualTo("saved");
    }

    @Test
    void settingNullRemovesAndALaterWriteRestores() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute("entry", "outer");
        RenderingRequest rendering = new RenderingRequest(request);

        rendering.setAttribute("entry", null);
        assertThat(rendering.getAttribute("entry")).isNull();
        rendering.setAttribute("entry", "inner");
        assertThat(rendering.getAttribute("entry")).isEqualTo("inner");
        // attributes the request gains later (another component writing to it) are still seen
        request.setAttribute("late", 1);
        assertThat(rendering.getAttribute("late")).isEqualTo(1);
    }
}
