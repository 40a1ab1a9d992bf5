package kyokan.core.account;

import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface UserMapper {
  void insertUser(User user);

  User selectById(long id);

  User selectByEmail(String email);

  List<User> selectByClient(long clientId);

  int countConsultants();

  List<User> selectConsultants();

  void updatePassword(@Param("id") long id, @Param("hash") String hash, @Param("mustChange") boolean mustChange);
}
