package dev.drivetwin.fmuexport.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuexport.slave.LogCategory;
import org.junit.jupiter.api.Test;

class HostLoggerTest {

    @Test
    void passesErrorsEvenWhenLoggingIsOff() {
        RecordingLogger logger = new RecordingLogger(false);
        logger.log(LogCategory.LOG_EVENTS, "progress");
        logger.log(LogCategory.LOG_STATUS_ERROR, "failure");
        assertEquals(1, logger.messages.size());
        assertEquals("3 logStatusError: failure", logger.last());
    }

    @Test
    void switchesNamedCategoriesOnAndOff() {
        RecordingLogger logger = new RecordingLogger(false);
        assertEquals(FmiStatus.OK, logger.setDebugLogging(true, new String[] {"logEvents"}));
        assertTrue(logger.isEnabled(LogCategory.LOG_EVENTS));
        assertFalse(logger.isEnabled(LogCategory.LOG_ALL));
        assertEquals(FmiStatus.OK, logger.setDebugLogging(false, new String[0]));
        assertFalse(logger.isEnabled(LogCategory.LOG_EVENTS));
        assertTrue(logger.isEnabled(LogCategory.LOG_STATUS_ERROR), "errors can never be switched off");
    }

    @Test
    void refusesAnUnknownCategoryNamingTheKnownOnes() {
        RecordingLogger logger = new RecordingLogger(false);
        assertEquals(FmiStatus.ERROR, logger.setDebugLogging(true, new String[] {"logVerbose"}));
        assertTrue(logger.last().contains("unknown log category 'logVerbose'"), logger.last());
        assertTrue(logger.last().contains("logStatusError"), logger.last());
    }
}
