package factcheck.web;

import factcheck.input.Texts;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string holding a NUL character; Jackson adds the path of the field it was read for. */
class NulInJsonException extends JsonMappingException {

    NulInJsonException(JsonParser parser) {
        super(parser, Texts.NUL_MESSAGE);
    }
}
