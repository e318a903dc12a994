package kr.seoul.chatdong.commons.rest;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request JSON is read strictly: dates only as ISO strings, and text the database cannot store (a
 * NUL character is valid JSON but not valid PostgreSQL text) is refused as malformed input (400).
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        // Dates are ISO strings only: a number is not read as days since 1970.
        mapper.setDefaultLeniency(false);
        mapper.registerModule(new SimpleModule("chatdong-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (value != null && value.indexOf('\u0000') >= 0) {
                    return (String) context.handleWeirdStringValue(
                            String.class, value, "text may not contain the NUL character (U+0000)");
                }
                return value;
            }
        }));
    }
}
