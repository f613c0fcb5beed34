package nl.waakvlam.support;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every route of the application, read from Spring MVC's handler mappings, with real ids of the
 * demo programme's coach1 for its path variables: for the sweeps over every route (hostile input,
 * every page on a phone).
 */
public final class AppRoutes {

    public static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    public record Route(RequestMethod method, String pattern, Set<String> parameters) {
    }

    private AppRoutes() {
    }

    /** All GET and POST routes with the names of every parameter the handler binds. */
    public static List<Route> all(RequestMappingHandlerMapping mappings) {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Set<String> parameters = parametersOf(entry.getValue());
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.startsWith("/error") || pattern.equals("/logout")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (method == RequestMethod.GET || method == RequestMethod.POST) {
                        routes.add(new Route(method, pattern, parameters));
                    }
                }
            }
        }
        return routes;
    }

    private static Set<String> parametersOf(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                String name = !requestParam.name().isEmpty() ? requestParam.name() : requestParam.value();
                names.add(name.isEmpty() ? parameter.getParameterName() : name);
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)
                    || (!BeanUtils.isSimpleProperty(parameter.getParameterType())
                    && parameter.getParameterType().getName().startsWith("nl.waakvlam")
                    && !parameter.hasParameterAnnotation(PathVariable.class))) {
                for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(parameter.getParameterType())) {
                    if (property.getWriteMethod() != null) {
                        names.add(property.getName());
                    }
                }
            }
        }
        return names;
    }

    /** Real ids for the path variables, so that requests reach the handlers' validation. */
    public static Map<String, String> realIds(JdbcTemplate jdbc) {
        Map<String, String> ids = new LinkedHashMap<>();
        Long coach = jdbc.queryForObject("select id from user_account where username = 'coach1'", Long.class);
        Long client = jdbc.queryForObject("select min(id) from client where coach_id = ? "
                + "and phase in ('INTENSIVE', 'SCALING_DOWN', 'WAAKVLAM')", Long.class, coach);
        ids.put("id", client.toString());
        ids.put("contactId", first(jdbc, "select max(id) from contact_moment where client_id = ?", client));
        ids.put("eventId", first(jdbc, "select max(id) from client_event where client_id = ?", client));
        ids.put("signId", first(jdbc, "select max(id) from warning_sign where client_id = ?", client));
        ids.put("actionId", first(jdbc, "select max(id) from plan_action where client_id = ?", client));
        ids.put("mandateId", first(jdbc, "select max(id) from mandate_advice where client_id = ?", client));
        ids.put("goalId", first(jdbc, "select max(id) from goal where client_id = ?", client));
        ids.put("consentId", first(jdbc, "select max(id) from consent where client_id = ?", client));
        ids.put("table", "phases");
        ids.put("list", "life-domains");
        ids.put("itemId", jdbc.queryForObject("select min(id) from life_domain", Long.class).toString());
        return ids;
    }

    private static String first(JdbcTemplate jdbc, String sql, Long client) {
        Long id = jdbc.queryForObject(sql, Long.class, client);
        return id == null ? "1" : id.toString();
    }

    /** Pages every visitor reaches before or around signing in; no role's own. */
    static final List<String> PUBLIC = List.of("/login", "/logout", "/setup", "/invitation", "/error");

    /**
     * Every GET page outside a role's {@code own} pages (each with what lies under it) and the public
     * ones, with the ids filled in: what a role-by-route test opens to see it refused.
     */
    public static List<String> getPathsOutside(RequestMappingHandlerMapping mappings, Map<String, String> ids,
                                               List<String> own) {
        List<String> paths = new ArrayList<>();
        for (Route route : all(mappings)) {
            String path = path(route.pattern(), ids::get);
            if (route.method() == RequestMethod.GET
                    && own.stream().noneMatch(page -> path.equals(page) || path.startsWith(page + "/"))
                    && PUBLIC.stream().noneMatch(path::startsWith)) {
                paths.add(path);
            }
        }
        return paths;
    }

    public static String path(String pattern, Function<String, String> values) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = values.apply(matcher.group(1));
            matcher.appendReplacement(path, Matcher.quoteReplacement(value == null ? "1" : value));
        }
        matcher.appendTail(path);
        return path.toString();
    }
}
