-- A perk's place in the shop's list is its own (perks are retired, never deleted). Unique, so that two first
-- readers writing the default perks at once (two workbench processes, two tabs) cannot both succeed: PerkList
-- keeps the first writer's and rolls the other back.
CREATE UNIQUE INDEX vip_perk_order ON vip_perk (client_id, sort_order);
