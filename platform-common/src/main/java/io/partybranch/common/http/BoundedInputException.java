package io.partybranch.common.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON value of the right type that lies outside {@link InputBounds}; answered as a 400 on its field. */
public class BoundedInputException extends JsonMappingException {

    private final String reason;

    public BoundedInputException(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
