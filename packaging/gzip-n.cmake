# cmake -DGZIP=gzip -DSOURCE=in -DOUTPUT=out.gz -P gzip-n.cmake
# gzip -9n: best compression, no file name and no time stamp in the header, so the same input
# gives the same bytes (Debian policy 12.3; lintian: package-contains-timestamped-gzip).
execute_process(COMMAND ${GZIP} -9n -c ${SOURCE} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${OUTPUT})
    message(FATAL_ERROR "gzip -9n ${SOURCE} failed: ${result}")
endif()
