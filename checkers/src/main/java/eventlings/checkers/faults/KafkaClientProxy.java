package eventlings.checkers.faults;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * Wraps a Kafka {@code Producer} or {@code Consumer} so a fault can step in before or instead of chosen calls, and
 * passes every other call through: the client interfaces grow with each Kafka release, and a proxy keeps up.
 */
final class KafkaClientProxy {

  /** Calls a dead process may still make: tidying up and saying what it is. */
  static final Set<String> STILL_ALLOWED = Set.of("close", "toString", "hashCode", "equals");

  private KafkaClientProxy() {}

  /** What a fault does with one call; {@code call.proceed()} makes it on the real client. */
  @FunctionalInterface
  interface Interception {
    Object intercept(Call call) throws Throwable;
  }

  /** A call to the wrapped client, which the fault may make, change, or refuse. */
  record Call(Object target, Method method, Object[] arguments) {
    String name() {
      return method.getName();
    }

    Object proceed() throws Throwable {
      return proceed(arguments);
    }

    Object proceed(Object[] changedArguments) throws Throwable {
      try {
        return method.invoke(target, changedArguments);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  @SuppressWarnings("unchecked")
  static <T> T wrap(Class<?> type, T target, Interception interception) {
    InvocationHandler handler = (proxy, method, arguments) -> interception.intercept(new Call(target, method, arguments));
    return (T) Proxy.newProxyInstance(KafkaClientProxy.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
