#ifndef DATES_H
#define DATES_H
int days_in_year(int year);
#endif
