package nl.waakvlam.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafView;

import java.util.Map;
import java.util.Set;

/** A Thymeleaf view that renders against a {@link RenderingRequest} ({@link RenderingConfiguration} makes it the view class). */
public class RenderingView extends ThymeleafView {

    @Override
    protected void renderFragment(Set<String> markupSelectors, Map<String, ?> model, HttpServletRequest request,
                                  HttpServletResponse response) throws Exception {
        super.renderFragment(markupSelectors, model, new RenderingRequest(request), response);
    }
}
