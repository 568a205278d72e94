package dev.drivetwin.fmuexport.runtime;

import dev.drivetwin.fmuexport.FmuExportError;
import dev.drivetwin.fmuexport.FmuExportException;
import dev.drivetwin.fmuexport.slave.Slave;
import dev.drivetwin.fmuexport.slave.SlaveContext;
import java.lang.reflect.InvocationTargetException;

/** Creates a slave from its class name, through the constructor taking a {@link SlaveContext} or none. */
public final class SlaveConstructor {

    private SlaveConstructor() {
    }

    /** @throws FmuExportException naming the class and what is wrong with it */
    public static Slave construct(String className, ClassLoader loader, SlaveContext context) {
        try {
            Class<? extends Slave> type = Class.forName(className, true, loader).asSubclass(Slave.class);
            try {
                return type.getConstructor(SlaveContext.class).newInstance(context);
            } catch (NoSuchMethodException noContextConstructor) {
                return type.getConstructor().newInstance();
            }
        } catch (InvocationTargetException e) {
            throw new FmuExportException(e.getCause(), FmuExportError.BAD_SLAVE_CLASS, className,
                    "constructor failed: " + e.getCause());
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new FmuExportException(e, FmuExportError.BAD_SLAVE_CLASS, className,
                    "cannot construct it (" + e + "); it must implement Slave and have a public constructor"
                            + " taking SlaveContext or none");
        }
    }
}
