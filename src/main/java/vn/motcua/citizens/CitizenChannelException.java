package vn.motcua.citizens;

/**
 * A message a channel could not hand over. Permanent when trying again cannot help (the address was
 * refused); otherwise (server down, timeout) the message is tried again later.
 */
public class CitizenChannelException extends Exception {

    private final boolean permanent;

    public CitizenChannelException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
