package nl.waakvlam.support;

import org.springframework.beans.factory.config.BeanPostProcessor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the SQL statements the application prepares, whoever prepares them (Hibernate or
 * JdbcTemplate), by wrapping the DataSource. Tests reset it, load a page and read the count. The
 * session store's statements are left out (see {@link #sessionStore}), and so is whatever another
 * thread does meanwhile (a scheduled job such as the event resubmission would otherwise add its
 * statements to a page now and then): only the thread that reset the counter is counted, which is
 * the thread MockMvc serves the request on.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final AtomicLong COUNT = new AtomicLong();
    private static final AtomicLong TRANSACTIONS = new AtomicLong();
    private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    /** The thread whose statements count: the one that last reset the counter. */
    private static volatile Thread counted;

    public static void reset() {
        counted = Thread.currentThread();
        COUNT.set(0);
        TRANSACTIONS.set(0);
        STATEMENTS.clear();
    }

    /**
     * The transactions committed since the last reset in which the page prepared a statement (a
     * statement in auto-commit mode is not counted, nor are the session store's transactions).
     */
    public static long transactions() {
        return TRANSACTIONS.get();
    }

    /** The statements prepared since the last reset, for a test that explains a count it prints. */
    public static List<String> statements() {
        return List.copyOf(STATEMENTS);
    }

    public static long count() {
        return COUNT.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class},
                    forward(dataSource, (target, method, args) -> {
                        Object result = method.invoke(target, args);
                        return result instanceof Connection connection ? countingConnection(connection) : result;
                    }));
        }
        return bean;
    }

    private static Connection countingConnection(Connection connection) {
        boolean[] pageStatementSinceCommit = {false};
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{Connection.class},
                forward(connection, (target, method, args) -> {
                    String name = method.getName();
                    if ((name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement"))
                            && !sessionStore(args) && Thread.currentThread() == counted) {
                        COUNT.incrementAndGet();
                        STATEMENTS.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : name);
                        pageStatementSinceCommit[0] = true;
                    } else if (name.equals("commit") || name.equals("rollback")) {
                        if (pageStatementSinceCommit[0]) {
                            TRANSACTIONS.incrementAndGet();
                        }
                        pageStatementSinceCommit[0] = false;
                    } else if (name.equals("close")) {
                        pageStatementSinceCommit[0] = false;
                    }
                    return method.invoke(target, args);
                }));
    }

    /**
     * The session store (Spring Session JDBC) reads the session on every request, page or not, and
     * writes it when it changed or its last access is a minute old; the guard counts what a page
     * itself costs.
     */
    private static boolean sessionStore(Object[] args) {
        return args != null && args.length > 0 && args[0] instanceof String sql
                && sql.toLowerCase(java.util.Locale.ROOT).contains("spring_session");
    }

    private interface Call {
        Object invoke(Object target, Method method, Object[] args) throws Exception;
    }

    private static InvocationHandler forward(Object target, Call call) {
        return (proxy, method, args) -> {
            try {
                return call.invoke(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
