package kyokan.core.sales;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups customers linked by a shared phone number or a shared name and e-mail; links chain, so A–B by
 * phone and B–C by name and e-mail make one group of three.
 */
final class DuplicateFinder {
  private final int[] parent;
  private final List<Customer> customers;
  private final List<Set<DuplicateGroup.Reason>> reasons = new ArrayList<>();

  private DuplicateFinder(List<Customer> customers) {
    this.customers = customers;
    this.parent = new int[customers.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      reasons.add(EnumSet.noneOf(DuplicateGroup.Reason.class));
    }
  }

  /** Groups of two or more among {@code customers} (in id order); activity by customer id, where known. */
  static List<DuplicateGroup> groups(List<Customer> customers, Map<Long, CustomerActivity> activity) {
    DuplicateFinder f = new DuplicateFinder(customers);
    f.link(c -> c.getPhoneKey(), DuplicateGroup.Reason.SAME_PHONE);
    f.link(c -> c.getNameKey() == null || c.getEmailKey() == null ? null : c.getNameKey() + '\n' + c.getEmailKey(),
        DuplicateGroup.Reason.SAME_NAME_AND_EMAIL);
    return f.collect(activity);
  }

  private void link(java.util.function.Function<Customer, String> key, DuplicateGroup.Reason reason) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < customers.size(); i++) {
      String k = key.apply(customers.get(i));
      if (k == null) continue;
      Integer j = first.putIfAbsent(k, i);
      if (j != null) {
        int root = union(j, i);
        reasons.get(root).add(reason);
      }
    }
  }

  private List<DuplicateGroup> collect(Map<Long, CustomerActivity> activity) {
    Map<Integer, List<DuplicateGroup.Member>> members = new TreeMap<>();
    for (int i = 0; i < customers.size(); i++) {
      Customer c = customers.get(i);
      members.computeIfAbsent(find(i), r -> new ArrayList<>())
          .add(new DuplicateGroup.Member(c, activity.getOrDefault(c.getId(), CustomerActivity.none(c.getId()))));
    }
    List<DuplicateGroup> groups = new ArrayList<>();
    members.forEach((root, list) -> {
      if (list.size() > 1) groups.add(new DuplicateGroup(List.copyOf(list), Set.copyOf(reasons.get(root))));
    });
    return groups;
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the two sets under the smaller root, carrying the reasons along; returns the root. */
  private int union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    int root = Math.min(ra, rb);
    int other = Math.max(ra, rb);
    parent[other] = root;
    reasons.get(root).addAll(reasons.get(other));
    return root;
  }
}
