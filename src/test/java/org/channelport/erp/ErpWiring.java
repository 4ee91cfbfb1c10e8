package org.channelport.erp;

import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.stream.Stream;
import org.channelport.order.OrderErpUpdates;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;

/**
 * Outside the container (the order benchmark): the relay handler of topic erp.order with one
 * adapter, by the constructors the container uses. The integration settings are read through {@code
 * settingsEm} (a long-lived entity manager; read at most once a second); every integration log
 * entry is written in a transaction of its own, as the container's REQUIRES_NEW does; {@code
 * updates} must run each call in its own transaction, as the container's bean does.
 */
public final class ErpWiring {
  private ErpWiring() {}

  public static ErpOrderHandler orderHandler(
      EntityManagerFactory emf,
      EntityManager settingsEm,
      AccessRules access,
      Clock clock,
      ErpConfig config,
      ErpAdapter adapter,
      OrderErpUpdates updates) {
    IntegrationSettings settings = new IntegrationSettings(settingsEm, config, access, clock);
    return new ErpOrderHandler(
        new ErpAdapters(instance(ErpAdapter.class, adapter), settings),
        settings,
        new OwnTransactionLog(emf, access, clock),
        new OrderUpdates(instance(OrderErpUpdates.class, updates)),
        config);
  }

  /** The log writing each entry in a transaction (and entity manager) of its own. */
  static final class OwnTransactionLog extends IntegrationLog {
    private final EntityManagerFactory emf;

    OwnTransactionLog(EntityManagerFactory emf, AccessRules access, Clock clock) {
      super(null, access, clock);
      this.emf = emf;
    }

    @Override
    public void outbound(
        String adapter,
        String kind,
        String orderNumber,
        String status,
        String error,
        String payload,
        String messageId) {
      EntityManager em = emf.createEntityManager();
      try {
        em.getTransaction().begin();
        new IntegrationLog(em, access, clock)
            .outbound(adapter, kind, orderNumber, status, error, payload, messageId);
        em.getTransaction().commit();
      } finally {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        em.close();
      }
    }
  }

  /** A CDI {@code Instance} of exactly one bean (what the handler's collaborators ask of it). */
  @SuppressWarnings("unchecked")
  static <T> Instance<T> instance(Class<T> type, T bean) {
    return (Instance<T>)
        Proxy.newProxyInstance(
            ErpWiring.class.getClassLoader(),
            new Class<?>[] {Instance.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "get" -> bean;
                  case "iterator" -> List.of(bean).iterator();
                  case "stream" -> Stream.of(bean);
                  case "isResolvable" -> true;
                  case "isUnsatisfied", "isAmbiguous" -> false;
                  case "toString" -> "Instance<" + type.getSimpleName() + ">(" + bean + ")";
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /**
   * Runs every call of {@code updates} (built per call on a new entity manager) in its own
   * transaction.
   */
  public static OrderErpUpdates transactional(
      EntityManagerFactory emf,
      java.util.function.Function<EntityManager, OrderErpUpdates> updates) {
    return (OrderErpUpdates)
        Proxy.newProxyInstance(
            ErpWiring.class.getClassLoader(),
            new Class<?>[] {OrderErpUpdates.class},
            (proxy, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString")
                    ? "transactional OrderErpUpdates"
                    : method.getName().equals("hashCode")
                        ? System.identityHashCode(proxy)
                        : proxy == args[0];
              }
              EntityManager em = emf.createEntityManager();
              try {
                em.getTransaction().begin();
                Object result = method.invoke(updates.apply(em), args);
                em.getTransaction().commit();
                return result;
              } catch (InvocationTargetException e) {
                throw e.getCause();
              } finally {
                if (em.getTransaction().isActive()) {
                  em.getTransaction().rollback();
                }
                em.close();
              }
            });
  }
}
