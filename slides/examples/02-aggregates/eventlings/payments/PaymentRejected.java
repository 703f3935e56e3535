// Why a payment refuses a command: a domain error per rule, so the caller knows what to do next.
package eventlings.payments;

public abstract sealed class PaymentRejected extends RuntimeException {

  PaymentRejected(String reason) {
    super(reason);
  }

  public static final class NotAuthorised extends PaymentRejected {
    public NotAuthorised(PaymentId id) {
      super("Payment " + id.value() + " was never authorised");
    }
  }

  public static final class AlreadyAuthorised extends PaymentRejected {
    public AlreadyAuthorised(PaymentId id) {
      super("Payment " + id.value() + " is authorised already");
    }
  }

  public static final class CaptureExceedsAuthorisation extends PaymentRejected {
    public CaptureExceedsAuthorisation(PaymentId id, long leftCents) {
      super("Payment " + id.value() + " has only " + leftCents + " cents left to capture");
    }
  }

  public static final class AlreadySettled extends PaymentRejected {
    public AlreadySettled(PaymentId id) {
      super("Payment " + id.value() + " is settled and takes no more captures");
    }
  }
}
