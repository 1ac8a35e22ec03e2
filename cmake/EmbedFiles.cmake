# premortem_embed(OUT NAME FILES...): generates OUT, a header with
#   `static const premortem::EmbeddedFile NAME[] = {{"base-name", R"..."}, ...};`
# so defaults (rule packs, rule help) are compiled in and the plugin needs no files.
function(premortem_embed out name)
  set(files ${ARGN})
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAME=${name} "-DFILES=${files}"
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    COMMENT "Embedding ${name}"
    VERBATIM)
endfunction()
