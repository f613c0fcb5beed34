package nl.waakvlam.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the list being shown: the same path and filters, only the page number
 * changed, so that paging through a search keeps the search. Templates call it as {@code @pageLinks}.
 */
@Component("pageLinks")
public class PageLinks {

    /** A root-relative link to page {@code page} (zero-based) of the current request's list. */
    public String to(int page) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        try {
            return UriComponentsBuilder.fromPath(request.getRequestURI())
                    .query(request.getQueryString())
                    .replaceQueryParam("page", page)
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException malformedQuery) {
            // a hand-made query the page could still read: page on without it rather than fail
            return UriComponentsBuilder.fromPath(request.getRequestURI()).queryParam("page", page).toUriString();
        }
    }
}
