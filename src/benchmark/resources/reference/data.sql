-- The petclinic's ten owners and thirteen pets, with three visits per pet
insert into types values (1, 'cat'), (2, 'dog'), (3, 'lizard'), (4, 'snake'), (5, 'bird'), (6, 'hamster');
insert into owners (first_name, last_name, address, city, telephone) values
 ('George', 'Franklin', '110 W. Liberty St.', 'Madison', '6085551023'),
 ('Betty', 'Davis', '638 Cardinal Ave.', 'Sun Prairie', '6085551749'),
 ('Eduardo', 'Rodriquez', '2693 Commerce St.', 'McFarland', '6085558763'),
 ('Harold', 'Davis', '563 Friendly St.', 'Windsor', '6085553198'),
 ('Peter', 'McTavish', '2387 S. Fair Way', 'Madison', '6085552765'),
 ('Jean', 'Coleman', '105 N. Lake St.', 'Monona', '6085552654'),
 ('Jeff', 'Black', '1450 Oak Blvd.', 'Monona', '6085555387'),
 ('Maria', 'Escobito', '345 Maple St.', 'Madison', '6085557683'),
 ('David', 'Schroeder', '2749 Blackhawk Trail', 'Madison', '6085559435'),
 ('Carlos', 'Estaban', '2335 Independence La.', 'Waunakee', '6085555487');
insert into pets (name, birth_date, type_id, owner_id) values
 ('Leo', '2000-09-07', 1, 1), ('Basil', '2002-08-06', 6, 2), ('Rosy', '2001-04-17', 2, 3), ('Jewel', '2000-03-07', 2, 3),
 ('Iggy', '2000-11-30', 3, 4), ('George', '2000-01-20', 4, 5), ('Samantha', '1995-09-04', 1, 6), ('Max', '1995-09-04', 1, 6),
 ('Lucky', '1999-08-06', 5, 7), ('Mulligan', '1997-02-24', 2, 8), ('Freddy', '2000-03-09', 5, 9), ('Lucky', '2000-06-24', 2, 10),
 ('Sly', '2002-06-08', 1, 10);
insert into visits (pet_id, visit_date, description)
 select p.id, date '2013-01-01' + v * 40, (array['rabies shot', 'neutered', 'spayed'])[v] from pets p, generate_series(1, 3) v;
