package org.channelport.audit;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Iterator;
import java.util.List;
import javax.sql.DataSource;
import org.channelport.platform.Clock;
import org.channelport.security.Caller;
import org.channelport.security.FixedCaller;

/**
 * Outside the container (the order benchmark): the audit listener's {@code CDI.current()} finds an
 * {@link AuditWriter} writing on the connection of the entity manager bound to the thread ({@link
 * #bind}), so that an audited entity's insert and its audit row share the transaction, as they do
 * in the container.
 */
public final class AuditWiring {
  private static final ThreadLocal<AuditWriter> WRITER = new ThreadLocal<>();

  private AuditWiring() {}

  /** Makes {@code CDI.current()} answer with the thread's writer (once per JVM). */
  public static synchronized void install() {
    CDI.setCDIProvider(() -> new WriterOnlyCdi());
  }

  /** Audit rows of this thread go through {@code em}'s connection, with {@code caller} as actor. */
  public static void bind(EntityManager em, Caller caller) {
    AuditWriter writer = new AuditWriter();
    writer.dataSource = sameConnection(em);
    writer.currentCaller = FixedCaller.currentCaller(caller);
    writer.clock = new Clock();
    WRITER.set(writer);
  }

  public static void unbind() {
    WRITER.remove();
  }

  /** An audit row's {@code changes} as the audit writer words them (field → from, to). */
  public static String changes(java.util.Map<String, Object[]> changes) {
    return AuditWriter.toJson(changes);
  }

  /** The entity manager's own JDBC connection (of its transaction); closing a handle keeps it. */
  private static DataSource sameConnection(EntityManager em) {
    return (DataSource)
        Proxy.newProxyInstance(
            AuditWiring.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getConnection")) {
                throw new UnsupportedOperationException(method.getName());
              }
              Connection real = em.unwrap(Connection.class);
              return Proxy.newProxyInstance(
                  AuditWiring.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("close")) {
                      return null;
                    }
                    try {
                      return m.invoke(real, a);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
            });
  }

  private static AuditWriter writer() {
    AuditWriter writer = WRITER.get();
    if (writer == null) {
      throw new IllegalStateException("no entity manager bound for the audit log on this thread");
    }
    return writer;
  }

  /** Just enough CDI for {@code CDI.current().select(AuditWriter.class).get()}. */
  static final class WriterOnlyCdi extends CDI<Object> {
    @Override
    public BeanManager getBeanManager() {
      throw new UnsupportedOperationException("no bean manager outside the container");
    }

    @Override
    public Instance<Object> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
      if (subtype != AuditWriter.class) {
        throw new UnsupportedOperationException("only the audit writer: " + subtype);
      }
      return (Instance<U>)
          Proxy.newProxyInstance(
              AuditWiring.class.getClassLoader(),
              new Class<?>[] {Instance.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "get" -> writer();
                    case "isResolvable" -> true;
                    case "isUnsatisfied", "isAmbiguous" -> false;
                    case "iterator" -> List.of(writer()).iterator();
                    case "toString" -> "Instance<AuditWriter>";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                  });
    }

    @Override
    public <U> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUnsatisfied() {
      return false;
    }

    @Override
    public boolean isAmbiguous() {
      return false;
    }

    @Override
    public void destroy(Object instance) {}

    @Override
    public Handle<Object> getHandle() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<Object>> handles() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterator<Object> iterator() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object get() {
      throw new UnsupportedOperationException();
    }
  }
}
