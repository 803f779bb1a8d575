-- the numbers behind INC-42: a sequence shared by every instance of the service
create sequence incident_number_seq start with 1 increment by 1;
