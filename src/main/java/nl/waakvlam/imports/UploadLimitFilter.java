package nl.waakvlam.imports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * Sends a file over the size limit back to the upload page with the reason. The servlet container
 * refuses such a request while its parts are read, and the first to read them is the CSRF check
 * (it looks for the token among the form fields), before any controller: so the parts are read here
 * first, and a refusal becomes a redirect instead of an error page.
 */
@Component
@Order(-101) // just before Spring Security's filter chain (-100)
class UploadLimitFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/import").equals(request.getRequestURI())
                || type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException tooLarge) {
            // the servlet API's signal that a part or the request exceeds the configured maximum
            response.sendRedirect(request.getContextPath() + "/import?tooLarge");
            return;
        }
        chain.doFilter(request, response);
    }
}
