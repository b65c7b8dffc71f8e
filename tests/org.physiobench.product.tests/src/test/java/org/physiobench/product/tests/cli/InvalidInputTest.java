package org.physiobench.product.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiobench.product.tests.support.InstalledProduct;
import org.physiobench.product.tests.support.ProcessResult;

/**
 * Invalid input on a single call: exit code 2 from the java process itself, one line on stderr
 * naming the problem, nothing on stdout.
 */
class InvalidInputTest {

    private final InstalledProduct product = InstalledProduct.fromSystemProperty();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown instrument    | score nosuch 1,2,3                 | unknown instrument 'nosuch'",
        "wrong number          | score odi 1,2,3                    | 3 answers given, but 10 expected",
        "out of range          | score nprs 11                      | item 1 is 11, but must be 0-10",
        "not a number          | score nprs seven                   | 'seven' is not a whole number",
        "startback item 9      | score startback 0,0,0,0,0,0,0,0,5  | item 9 is 5, but must be 0-4",
        "change follow-up      | change nprs 7 12                   | follow-up: nprs: item 1 is 12",
        "missing argument      | score nprs                         | score needs <instrument> <answers>",
        "unknown subcommand    | help nosuch                        | no subcommand 'nosuch'" })
    void exitsWithTwoAndOneLineOnStderr(String name, String commandLine, String message) {
        ProcessResult result = product.run(commandLine.split(" "));
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals("", result.stdout(), "nothing on stdout");
        assertEquals(1, result.stderrLines().size(), result.stderr());
        assertTrue(result.stderr().contains(message), result.stderr());
    }
}
