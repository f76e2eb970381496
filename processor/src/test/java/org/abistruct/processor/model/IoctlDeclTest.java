package org.abistruct.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.abistruct.Ioctl;
import org.junit.jupiter.api.Test;

/** The names and C spelling an ioctl declaration derives, and the values it refuses. */
class IoctlDeclTest {
    private static IoctlDecl ioctl(String name, Ioctl.Dir dir) {
        return new IoctlDecl(name, 0xAE, 0x0a, dir);
    }

    @Test
    void methodNameIsTheLowerCamelCaseOfTheMacro() {
        assertEquals("kvmRun", ioctl("KVM_RUN", Ioctl.Dir.NONE).methodName());
        assertEquals("kvmGetApiVersion", ioctl("KVM_GET_API_VERSION", Ioctl.Dir.NONE).methodName());
        assertEquals("vfioDeviceGetRegionInfo",
                ioctl("VFIO_DEVICE_GET_REGION_INFO", Ioctl.Dir.NONE).methodName());
        assertEquals("kvmS390Irq", ioctl("KVM_S390_IRQ", Ioctl.Dir.NONE).methodName());
        assertEquals("tunsetiff", ioctl("TUNSETIFF", Ioctl.Dir.NONE).methodName());
        assertEquals("privRun", ioctl("__PRIV__RUN_", Ioctl.Dir.NONE).methodName());
        assertEquals("", ioctl("___", Ioctl.Dir.NONE).methodName());
    }

    @Test
    void macroCallSpellsTheKernelsDefinition() {
        assertEquals("_IO(0xAE, 0x0a)", ioctl("A", Ioctl.Dir.NONE).macroCall("struct x"));
        assertEquals("_IOR(0xAE, 0x0a, struct x)", ioctl("A", Ioctl.Dir.READ).macroCall("struct x"));
        assertEquals("_IOW(0xAE, 0x0a, union u)", ioctl("A", Ioctl.Dir.WRITE).macroCall("union u"));
        assertEquals("_IOWR(0xAE, 0x0a, struct x)",
                ioctl("A", Ioctl.Dir.READ_WRITE).macroCall("struct x"));
    }

    @Test
    void refusesWhatTheModelCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> ioctl("KVM-RUN", Ioctl.Dir.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> new IoctlDecl("A", 0x100, 0, Ioctl.Dir.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> new IoctlDecl("A", 0, -1, Ioctl.Dir.NONE));
    }
}
