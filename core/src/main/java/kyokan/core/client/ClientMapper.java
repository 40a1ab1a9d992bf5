package kyokan.core.client;

import java.util.List;

public interface ClientMapper {
  void insertClient(Client client);

  Client selectById(long id);

  List<Client> selectByConsultant(long consultantId);

  List<Client> selectByName(String name);
  List<Client> selectAll();
}
