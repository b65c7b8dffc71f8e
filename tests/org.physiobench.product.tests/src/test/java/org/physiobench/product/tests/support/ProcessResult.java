package org.physiobench.product.tests.support;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a run of the launcher produced. */
public record ProcessResult(int exitCode, String stdout, String stderr) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return standard output as one JSON value; fails if it is anything else */
    public JsonNode json() {
        return parse(stdout.strip());
    }

    /** @return each line of standard output as a JSON value */
    public List<JsonNode> jsonLines() {
        return stdout.lines().map(ProcessResult::parse).toList();
    }

    /** @return the lines of standard error */
    public List<String> stderrLines() {
        return stderr.lines().toList();
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\nstdout: " + stdout + "\nstderr: " + stderr;
    }
}
