package dev.drivetwin.modeldescriptions;

import java.util.Objects;

/**
 * The one unchecked exception of the model-descriptions module. Its {@link #error()} tells the kind
 * of failure; its message names the source, the line, the element and the offending value.
 */
public class ModelDescriptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ModelDescriptionError error;

    /**
     * @param error the kind of failure
     * @param arguments the values for the kind's message pattern
     */
    public ModelDescriptionException(ModelDescriptionError error, Object... arguments) {
        super(error.format(arguments));
        this.error = Objects.requireNonNull(error, "error");
    }

    /**
     * @param error the kind of failure
     * @param cause the underlying exception, e.g. an {@link java.io.IOException}
     * @param arguments the values for the kind's message pattern
     */
    public ModelDescriptionException(ModelDescriptionError error, Throwable cause, Object... arguments) {
        super(error.format(arguments), cause);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** @return the kind of failure */
    public ModelDescriptionError error() {
        return error;
    }
}
