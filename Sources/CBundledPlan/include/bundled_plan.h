#ifndef ACCORD_BUNDLED_PLAN_H
#define ACCORD_BUNDLED_PLAN_H

/* The bundled plan's archive (sample-data/lao-cambodia-2023-2027.archive, made by
   `make plan-archive`), assembled into the binary's read-only data as it is: read in place,
   with nothing decoded or copied at start-up. */
extern const unsigned char accord_bundled_plan_archive_start[];
extern const unsigned char accord_bundled_plan_archive_end[];

static inline const unsigned char *accord_bundled_plan_archive(void) {
  return accord_bundled_plan_archive_start;
}

static inline long accord_bundled_plan_archive_size(void) {
  return (long)(accord_bundled_plan_archive_end - accord_bundled_plan_archive_start);
}

#endif
