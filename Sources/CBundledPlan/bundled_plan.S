// The bundled plan's archive as it is on disk. `.incbin` finds it through the target's header
// search path, `sample-data` (Package.swift). The build does not see that this file depends on
// the archive, so `make plan-archive` writes the next line anew with each archive: a changed
// archive changes this file, which is assembled again.
// Archive: 167648 bytes, checksum 0x0d953ab01b07d391, made from the YAML of hash 0xa018be28ec9cd8f7
#if defined(__APPLE__)
  .const
#  define SYMBOL(name) _##name
#else
  .section .rodata.accord_bundled_plan, "a"
#  define SYMBOL(name) name
#endif
  .balign 16
  .globl SYMBOL(accord_bundled_plan_archive_start)
SYMBOL(accord_bundled_plan_archive_start):
  .incbin "lao-cambodia-2023-2027.archive"
  .globl SYMBOL(accord_bundled_plan_archive_end)
SYMBOL(accord_bundled_plan_archive_end):

#if defined(__ELF__)
  .section .note.GNU-stack, "", %progbits
#endif
