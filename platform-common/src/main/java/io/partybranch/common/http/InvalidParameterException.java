package io.partybranch.common.http;

import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or header parameter that could not be read as its declared type. JAX-RS would
 * answer such a query or path parameter with a bare 404; clients need a 400 that names it.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super("Parameter '" + parameter + "' " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
